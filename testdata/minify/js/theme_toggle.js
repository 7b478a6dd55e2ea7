// Toggles the dark theme and remembers the choice.
(function () {
  const key = "theme";
  const root = document.documentElement;
  let stored = localStorage.getItem(key);
  if (stored === null) {
    stored = window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  root.dataset.theme = stored;
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector("#theme-toggle");
    if (!button) { return; }
    button.addEventListener("click", function (event) {
      event.preventDefault();
      stored = stored === "dark" ? "light" : "dark";
      root.dataset.theme = stored;
      localStorage.setItem(key, stored);
    });
  });
})();
