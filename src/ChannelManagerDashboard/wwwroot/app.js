// Browser facts the server cannot know while it renders, and the few things only the browser can do.
window.dashboard = {
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    scrollIntoView: (id) => document.getElementById(id)?.scrollIntoView({ behavior: "smooth", block: "start" }),
    // Moves focus to what an action opened or answered, next to where the person acted; focusing scrolls it into view.
    focus: (id) => document.getElementById(id)?.focus(),
    // A preference, not a secret; sent only over https when the page came over https.
    setCookie: (name, value) => {
        document.cookie = `${name}=${value}; path=/; max-age=31536000; samesite=lax${location.protocol === "https:" ? "; secure" : ""}`;
    },
    copy: async (text) => { await navigator.clipboard.writeText(text); return true; },
    // Runs after every call the server sent before it, the router's own among them.
    markInteractive: (element) => { element.dataset.interactive = "true"; },
};
