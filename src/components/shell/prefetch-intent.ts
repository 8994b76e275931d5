/**
 * Links (the header's, topics, drill modes, breadcrumbs) do not prefetch when they scroll into
 * view, which would fetch every topic page at load: spread this onto a `<Link>` and the layout's
 * `<PrefetchOnIntent />` prefetches the link when a pointer rests on it, a finger touches it or it gets
 * focus. (`prefetch={false}` alone stops hover prefetching too, in the App Router.)
 */
export const PREFETCH_ON_INTENT = { prefetch: false, "data-prefetch": "intent" } as const;

/** The links `PREFETCH_ON_INTENT` marks. */
export const INTENT_LINK_SELECTOR = 'a[data-prefetch="intent"]';
