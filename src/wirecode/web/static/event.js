/* wirecode: bring the first highlighted sentence of each article into view. */
(function () {
  "use strict";
  document.querySelectorAll(".source .article").forEach(function (article) {
    var mark = article.querySelector("mark");
    if (mark) article.scrollTop = Math.max(0, mark.offsetTop - article.offsetTop - 40);
  });
})();
