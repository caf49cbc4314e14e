/** What a draft says of why a source is not named (anonymous-source-reason, vague-attribution). */
/** Reasons given for a source's anonymity: "because …", "not authorized to …", "for fear of …". */
export const ANONYMITY_REASON = /\bbecause\b|\bnot\s+authori[sz]ed\b|\bfor\s+fear\b|\bfearing\b|\bciting\b|\bdue\s+to\b|\bso\s+as\s+(?:not\s+)?to\b|\bto\s+(?:discuss|describe|speak\s+(?:about|on)|talk\s+about|reveal)\s+(?:private|internal|confidential|sensitive|ongoing|classified)\b|\bas\s+(?:he|she|they|the\s+\w+)\s+(?:was|were|is|are)\s+not\b/i;
