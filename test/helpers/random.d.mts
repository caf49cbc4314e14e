/** mulberry32: a small seeded generator, so that a draw or a shuffle is the same on every machine. */
export function generator(seed: number): () => number;
