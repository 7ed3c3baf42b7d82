// The page's only script. Typing in a box marked data-filters="ID" narrows the options of the list ID
// to those whose words start with the typed ones, diacritics optional ("dien tich" finds "Diện tích").
"use strict";
function fold(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("input[data-filters]").forEach(function (box) {
    var list = document.getElementById(box.dataset.filters);
    if (!list) { return; }
    box.addEventListener("input", function () {
      var wanted = fold(box.value).split(/[^a-z0-9]+/).filter(Boolean);
      var first = null;
      Array.prototype.forEach.call(list.options, function (option) {
        var words = fold(option.text).split(/[^a-z0-9]+/);
        var shown = option.value === "" || wanted.every(function (w) { return words.some(function (x) { return x.indexOf(w) === 0; }); });
        option.hidden = !shown;
        if (shown && option.value !== "" && first === null) { first = option; }
      });
      if (first !== null && wanted.length > 0) { list.value = first.value; }
    });
  });
});
