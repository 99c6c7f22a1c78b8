// Runs work for a stream of items with at most `window` items in flight, and yields the results
// in the items' order. Memory stays bounded by the window whatever the number of items.
export async function* ordered<I, R>(items: AsyncIterable<I>, start: (item: I) => Promise<R>, window: number): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  for await (const item of items) {
    inFlight.push(start(item));
    if (inFlight.length >= window) yield await (inFlight.shift() as Promise<R>);
  }
  while (inFlight.length) yield await (inFlight.shift() as Promise<R>);
}
