// wagtail-localize's translation editor renders each segment as <li>[<h4>]<p>source</p><div>translation</div>…</li>.
// Give the source text the source language's lang/dir and the translation (text or textarea) the target's,
// as the server rendered them into #integreat-translation-languages; the observer catches React's re-renders.
(() => {
  const start = () => {
    const languages = document.getElementById("integreat-translation-languages");
    const editor = document.querySelector(".js-translation-editor");
    if (!languages || !editor) return;
    const { sourceLang, sourceDir, targetLang, targetDir } = languages.dataset;
    const set = (element, lang, dir) => {
      if (element.getAttribute("lang") !== lang) element.setAttribute("lang", lang);
      if (element.getAttribute("dir") !== dir) element.setAttribute("dir", dir);
    };
    const mark = () => {
      editor.querySelectorAll("li").forEach((segment) => {
        const source = segment.querySelector(":scope > p");
        const translation = source && source.nextElementSibling;
        if (!translation || translation.tagName !== "DIV") return;
        set(source, sourceLang, sourceDir);
        set(translation, targetLang, targetDir);
        translation.querySelectorAll("p, textarea").forEach((element) => set(element, targetLang, targetDir));
      });
    };
    mark();
    new MutationObserver(mark).observe(editor, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
