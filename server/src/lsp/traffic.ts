/**
 * The messages the server has read but not yet handled, and whose turn it is to lint. The connection reads whatever
 * the client sent at once and then handles one message per turn of the event loop, so a didChange can be waiting in
 * that queue while a lint of the version it replaces would start. Counting the messages handled tells when the
 * queue is empty (two turns in a row without a message); lints then run one per pause, oldest change first, so a
 * flood of edits is answered between lints rather than behind a pile of them. A request cancelled while still
 * queued is answered at once.
 */
import { LSPErrorCodes, type ConnectionOptions, type Message, type RequestMessage, type ResponseMessage } from 'vscode-languageserver/node';

/** Turns of the event loop without a message after which the queue counts as empty. */
const QUIET_TURNS = 2;
/**
 * Longest the next lint waits for a pause: under a flood that never pauses, drafts are still linted (and their
 * diagnostics brought up to date) at about this interval, one at a time.
 */
const MAX_WAIT_MS = 250;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Watches the connection's incoming messages and hands out lint turns. */
export class Traffic {
  /** Messages handled so far. */
  private handled = 0;
  /** Drafts waiting for their turn, with when their oldest unlinted change arrived. */
  private readonly waiting = new Map<string, { since: number; go: () => void }>();
  private pumping = false;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Connection options that count each message as it is handled and drop requests cancelled before they start. */
  readonly options: ConnectionOptions = {
    messageStrategy: {
      handleMessage: (message: Message, next: (message: Message) => void): void => {
        this.handled++;
        next(message);
      },
    },
    connectionStrategy: {
      cancelUndispatched: (message: Message): ResponseMessage => ({
        jsonrpc: message.jsonrpc,
        id: (message as RequestMessage).id,
        error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled before it started' },
      }),
    },
  };

  /**
   * Resolves when it is this draft's turn to lint: once every message read so far is handled, the draft whose
   * change has waited longest goes first. Asking again for the same draft (a newer version) releases the earlier
   * call at once, as superseded, and keeps the draft's place.
   */
  turn(key: string, since: number): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.get(key)?.go();
      this.waiting.set(key, { since, go: resolve });
      void this.pump();
    });
  }

  /** Releases a draft's waiting call (the draft was closed). */
  release(key: string): void {
    this.waiting.get(key)?.go();
    this.waiting.delete(key);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      let last = this.now();
      while (this.waiting.size > 0) {
        await this.quiet(last + MAX_WAIT_MS);
        let first: [string, { since: number; go: () => void }] | null = null;
        for (const entry of this.waiting) if (!first || entry[1].since < first[1].since) first = entry;
        if (!first) break;
        this.waiting.delete(first[0]);
        first[1].go();
        last = this.now();
        // The released run lints before this resumes; the next waits for the messages that arrived meanwhile.
        await nextTurn();
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Resolves after QUIET_TURNS turns without a message, or at `deadline`. */
  private async quiet(deadline: number): Promise<void> {
    let quiet = 0;
    while (quiet < QUIET_TURNS && this.now() < deadline) {
      const before = this.handled;
      await nextTurn();
      quiet = this.handled === before ? quiet + 1 : 0;
    }
  }
}
