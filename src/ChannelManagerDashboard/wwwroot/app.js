// Browser facts the server cannot know while it renders.
window.dashboard = {
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    scrollIntoView: (id) => document.getElementById(id)?.scrollIntoView({ behavior: "smooth", block: "start" }),
};
