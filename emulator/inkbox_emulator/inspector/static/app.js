// Live regions: when the server says a region changed, fetch this page again and swap in
// the new markup of every `[data-live=region]` section (server-rendered and escaped there).
"use strict";
(function () {
  const url = document.body.dataset.events;
  if (!url || !window.EventSource || !document.querySelector("[data-live]")) return;
  let busy = false;
  async function refresh(region) {
    const targets = document.querySelectorAll(`[data-live="${region}"]`);
    if (!targets.length || busy) return;
    busy = true;
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
      busy = false;
    }
  }
  const source = new EventSource(url);
  source.addEventListener("change", (event) => refresh(event.data));
})();
