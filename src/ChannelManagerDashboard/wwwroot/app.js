// Browser facts the server cannot know while it renders, and the few things only the browser can do.
window.dashboard = {
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    scrollIntoView: (id) => document.getElementById(id)?.scrollIntoView({ behavior: "smooth", block: "start" }),
    setCookie: (name, value) => { document.cookie = `${name}=${value}; path=/; max-age=31536000; samesite=lax`; },
    copy: async (text) => { await navigator.clipboard.writeText(text); return true; },
};
