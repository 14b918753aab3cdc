// Live regions: when the server says a region changed, fetch this page again and swap in
// the new markup of every `[data-live=region]` section (server-rendered and escaped there).
"use strict";
(function () {
  const url = document.body.dataset.events;
  if (!url || !window.EventSource || !document.querySelector("[data-live]")) return;
  const busy = new Set();
  const again = new Set();
  async function refresh(region) {
    const targets = document.querySelectorAll(`[data-live="${region}"]`);
    if (!targets.length) return;
    if (busy.has(region)) {
      again.add(region); // a change during a refresh: refresh once more after it
      return;
    }
    busy.add(region);
    try {
      const response = await fetch(location.href, { credentials: "same-origin" });
      if (!response.ok) return;
      const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
      const incoming = fresh.querySelectorAll(`[data-live="${region}"]`);
      targets.forEach((target, i) => {
        if (!incoming[i]) return;
        const open = new Set(
          [...target.querySelectorAll("details[open]")].map((d) => d.dataset.delivery)
        );
        target.replaceChildren(...incoming[i].childNodes);
        target.querySelectorAll("details").forEach((d) => {
          if (open.has(d.dataset.delivery)) d.open = true;
        });
      });
    } finally {
      busy.delete(region);
      if (again.delete(region)) refresh(region);
    }
  }
  const regions = new Set([...document.querySelectorAll("[data-live]")].map((e) => e.dataset.live));
  const source = new EventSource(url);
  source.addEventListener("change", (event) => refresh(event.data));
  // The stream ends every few seconds and reconnects: catch up on what changed in between.
  let opened = false;
  source.addEventListener("open", () => {
    if (opened) regions.forEach(refresh);
    opened = true;
  });
})();
