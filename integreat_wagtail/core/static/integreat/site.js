// The public site's small enhancements; a file, not an inline script, so the Content-Security-Policy
// can forbid inline scripts on the public site (script-src 'self').
(function(){
  var d=document, b=d.body;
  // Offline reading: the worker lives under /<lang>/<municipality>/ so it caches only this site.
  if (b.dataset.sw && "serviceWorker" in navigator) { navigator.serviceWorker.register(b.dataset.sw).catch(function(){}); }
  // Share and print are enhancements: the buttons stay hidden where the browser cannot do it.
  d.querySelectorAll("[data-share]").forEach(function(el){
    if (!navigator.share) return; el.hidden=false;
    el.addEventListener("click", function(){ navigator.share({title: d.title, url: location.href}).catch(function(){}); });
  });
  // Printed pages show every FAQ answer.
  window.addEventListener("beforeprint", function(){ d.querySelectorAll("details").forEach(function(el){ el.open=true; }); });
  d.querySelectorAll("[data-print]").forEach(function(el){ el.hidden=false; el.addEventListener("click", function(){ window.print(); }); });
  // "Was this page helpful?": without JavaScript the form posts and the page reloads with a thank-you.
  d.querySelectorAll("form[data-feedback]").forEach(function(form){
    form.addEventListener("submit", function(ev){
      if (!window.fetch) return; ev.preventDefault();
      var data=new FormData(form); if (ev.submitter && ev.submitter.name) data.set(ev.submitter.name, ev.submitter.value);
      fetch(form.action, {method:"POST", body:data, headers:{"Accept":"application/json"}}).then(function(r){ return r.json(); }).then(function(j){
        var out=form.querySelector("[role=status]");
        if (j.ok) { form.querySelectorAll("fieldset,.feedback-comment,.feedback-send").forEach(function(el){ el.hidden=true; }); }
        out.textContent = j.ok ? j.message : (j.errors || []).join(" ");
      }).catch(function(){ form.submit(); });
    });
  });
})();
