// Browser facts the server cannot know while it renders.
window.dashboard = {
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};
