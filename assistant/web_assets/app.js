// Citation markers: the server sends answers as plain text with [n] markers (so copying and
// screen readers keep them); here each marker becomes a badge in the colour of source card n.
// Hovering a badge outlines its card; clicking brings the card into view. Clicking an answer
// also makes the server show that answer's sources, so the card may appear a moment later.
(function () {
  var MARKER = /\[(\d+)\]/g;
  var PALETTE = 6;

  function badge(n, turn) {
    var ref = document.createElement("span");
    ref.className = "cite-ref c" + (((n - 1) % PALETTE) + 1);
    ref.dataset.n = String(n);
    ref.dataset.turn = String(turn);
    ref.title = "Source " + n;
    ref.setAttribute("role", "button");
    ref.tabIndex = 0;
    var open = document.createElement("span");
    open.className = "cite-bracket";
    open.textContent = "[";
    var close = open.cloneNode();
    close.textContent = "]";
    ref.append(open, String(n), close);
    return ref;
  }

  function decorateMessage(message, turn) {
    var walker = document.createTreeWalker(message, NodeFilter.SHOW_TEXT);
    var hits = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      MARKER.lastIndex = 0;
      if (MARKER.test(node.nodeValue) && !node.parentElement.closest(".cite-ref")) hits.push(node);
    }
    hits.forEach(function (node) {
      var text = node.nodeValue;
      var parts = document.createDocumentFragment();
      var last = 0;
      text.replace(MARKER, function (match, n, offset) {
        parts.append(text.slice(last, offset), badge(Number(n), turn));
        last = offset + match.length;
      });
      parts.append(text.slice(last));
      node.replaceWith(parts);
    });
  }

  function decorate() {
    var messages = document.querySelectorAll('#chatbot [data-testid="bot"]');
    messages.forEach(function (message, turn) {
      decorateMessage(message, turn);
    });
  }

  var scheduled = false;
  new MutationObserver(function () {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(function () {
      scheduled = false;
      decorate();
    });
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  function card(ref) {
    return document.querySelector(
      '#sources .src-card[data-turn="' + ref.dataset.turn + '"][data-n="' + ref.dataset.n + '"]'
    );
  }
  function marker(event) {
    var ref = event.target.closest && event.target.closest(".cite-ref");
    return ref && ref.closest("#chatbot") ? ref : null;
  }
  function reveal(ref) {
    var tries = 0;
    (function attempt() {
      var target = card(ref);
      if (!target) {
        if (tries++ < 30) setTimeout(attempt, 100);
        return;
      }
      target.scrollIntoView({ behavior: "smooth", block: "nearest" });
      target.classList.remove("flash");
      void target.offsetWidth; // restart the animation
      target.classList.add("flash");
    })();
  }
  document.addEventListener("click", function (event) {
    var ref = marker(event);
    if (ref) reveal(ref);
  });
  document.addEventListener("keydown", function (event) {
    var ref = marker(event);
    if (ref && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      ref.click();
    }
  });
  document.addEventListener("mouseover", function (event) {
    var ref = marker(event);
    var target = ref && card(ref);
    if (target) target.classList.add("hover");
  });
  document.addEventListener("mouseout", function (event) {
    var ref = marker(event);
    var target = ref && card(ref);
    if (target) target.classList.remove("hover");
  });
})();
