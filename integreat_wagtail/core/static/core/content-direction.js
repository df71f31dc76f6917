// Content fields take the direction of the text typed into them, not of the admin's UI language:
// a German title reads left-to-right in the Arabic admin, an Arabic one right-to-left in the German
// admin. dir="auto" lets the browser decide from the first strong character; fields added later
// (stream blocks, rich-text editors, choosers) are caught by the observer.
(() => {
  const FIELDS = 'input[type="text"], input[type="search"], input:not([type]), textarea, [contenteditable="true"]';
  const mark = (root) => {
    root.querySelectorAll(FIELDS).forEach((field) => {
      if (!field.hasAttribute("dir")) field.setAttribute("dir", "auto");
    });
  };
  const start = () => {
    mark(document);
    new MutationObserver((changes) => {
      changes.forEach((change) => change.addedNodes.forEach((node) => {
        if (node.nodeType === Node.ELEMENT_NODE) {
          if (node.matches(FIELDS) && !node.hasAttribute("dir")) node.setAttribute("dir", "auto");
          mark(node);
        }
      }));
    }).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
