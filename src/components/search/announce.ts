// A polite live region that settles before it speaks: while someone types, only the last state
// is announced, so a screen reader is not flooded with intermediate counts. States that need no
// settling (loading, failure) are shown at once.
export type Announce = (message: string, immediate?: boolean) => void;

export function createAnnouncer(region: HTMLElement, delay = 400): Announce {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (message: string) => {
    if (region.textContent !== message) region.textContent = message;
  };
  return (message, immediate = false) => {
    clearTimeout(timer);
    if (immediate) show(message);
    else
      timer = setTimeout(() => {
        show(message);
      }, delay);
  };
}
