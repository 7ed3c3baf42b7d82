// Accessibility checks run inside the page: the rules that axe-core rates serious or critical and
// that pages like ours can break, written for these tests (axe-core itself is MPL-2.0).
// Returns a list of {rule, target, message}; an empty list passes.
() => {
  const problems = [];
  const describe = (el) => {
    let text = el.tagName.toLowerCase();
    if (el.id) { text += "#" + el.id; }
    if (el.className && typeof el.className === "string") { text += "." + el.className.trim().split(/\s+/).join("."); }
    return text;
  };
  const report = (rule, el, message) => problems.push({ rule, target: describe(el), message });
  const visible = (el) => {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return style.visibility !== "hidden" && style.display !== "none" && box.width > 0 && box.height > 0;
  };
  const nameOf = (el) => {
    const labelledBy = el.getAttribute("aria-labelledby");
    if (labelledBy) {
      return labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
    }
    return (el.getAttribute("aria-label") ?? el.getAttribute("title") ?? "").trim()
      || (el.textContent ?? "").trim()
      || Array.from(el.querySelectorAll("img[alt]")).map((img) => img.alt).join(" ").trim();
  };

  // html-has-lang, document-title
  if (!document.documentElement.lang) { report("html-has-lang", document.documentElement, "the page names no language"); }
  if (!document.title.trim()) { report("document-title", document.documentElement, "the page has no title"); }

  // image-alt, svg-img-alt
  document.querySelectorAll("img").forEach((img) => { if (!img.hasAttribute("alt")) { report("image-alt", img, "image without alt text"); } });
  document.querySelectorAll("svg[role=img]").forEach((svg) => { if (!nameOf(svg)) { report("svg-img-alt", svg, "svg image without a name"); } });

  // label: every form control a person fills in has a name
  document.querySelectorAll("input, select, textarea").forEach((control) => {
    if (control.type === "hidden" || control.type === "submit" || control.type === "button") { return; }
    const labelled = (control.id && document.querySelector(`label[for="${CSS.escape(control.id)}"]`)) || control.closest("label")
      || control.getAttribute("aria-label") || control.getAttribute("aria-labelledby") || control.getAttribute("title");
    if (!labelled) { report("label", control, "form control without a label"); }
  });

  // button-name, link-name
  document.querySelectorAll("button, [role=button]").forEach((button) => { if (!nameOf(button)) { report("button-name", button, "button without a name"); } });
  document.querySelectorAll("a[href]").forEach((link) => { if (!nameOf(link)) { report("link-name", link, "link without a name"); } });

  // duplicate-id-aria and references: ids that labels and ARIA point to are unique and exist
  const ids = new Map();
  document.querySelectorAll("[id]").forEach((el) => ids.set(el.id, (ids.get(el.id) ?? 0) + 1));
  document.querySelectorAll("label[for], [aria-labelledby], [aria-describedby]").forEach((el) => {
    const wanted = (el.getAttribute("for") ?? "") + " " + (el.getAttribute("aria-labelledby") ?? "") + " " + (el.getAttribute("aria-describedby") ?? "");
    wanted.split(/\s+/).filter(Boolean).forEach((id) => {
      const count = ids.get(id) ?? 0;
      if (count !== 1) { report(count === 0 ? "aria-valid-reference" : "duplicate-id-aria", el, `points to id "${id}" found ${count} times`); }
    });
  });

  // list, listitem, definition-list
  document.querySelectorAll("ul, ol").forEach((list) => {
    Array.from(list.children).forEach((child) => { if (!["LI", "SCRIPT", "TEMPLATE"].includes(child.tagName)) { report("list", list, `list holds a ${child.tagName.toLowerCase()}`); } });
  });
  document.querySelectorAll("li").forEach((item) => { if (!item.parentElement || !["UL", "OL", "MENU"].includes(item.parentElement.tagName)) { report("listitem", item, "list item outside a list"); } });
  document.querySelectorAll("dl").forEach((list) => {
    Array.from(list.children).forEach((child) => { if (!["DT", "DD", "DIV", "SCRIPT", "TEMPLATE"].includes(child.tagName)) { report("definition-list", list, `definition list holds a ${child.tagName.toLowerCase()}`); } });
  });

  // nested-interactive: no link or button inside another
  document.querySelectorAll("a[href] a[href], a[href] button, button a[href], button button").forEach((el) => report("nested-interactive", el, "interactive element inside another"));

  // color-contrast: text against the background it stands on, 4.5:1 (3:1 for large text)
  const rgba = (text) => {
    const parts = text.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
  };
  const luminance = ({ r, g, b }) => {
    const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const backgroundOf = (el) => {
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour.a > 0) { return colour; }
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  document.querySelectorAll("body *").forEach((el) => {
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim().length > 0);
    if (!ownText || !visible(el) || el.closest("svg")) { return; }
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const fore = luminance(rgba(style.color));
    const back = luminance(backgroundOf(el));
    const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
    if (ratio < (large ? 3 : 4.5)) { report("color-contrast", el, `contrast ${ratio.toFixed(2)}:1`); }
  });

  // landmark-one-main, page-has-heading-one
  if (document.querySelectorAll("main").length !== 1) { report("landmark-one-main", document.body, "the page needs exactly one main landmark"); }
  if (!document.querySelector("h1")) { report("page-has-heading-one", document.body, "the page has no h1"); }
  return problems;
}
