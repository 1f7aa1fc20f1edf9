/* kg: the interactive graph page. Every piece of text from the articles reaches the
   page through textContent or a form control's value, never through innerHTML:
   article text is untrusted. */
(function () {
  "use strict";
  performance.mark("kg-start");
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-parsed");
  var byId = function (id) { return document.getElementById(id); };
  var QUOTES_IN_TIP = 3;
  var TIP_CHARS = 280;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clip(text, n) {
    text = String(text);
    return text.length > n ? text.slice(0, n - 1) + "\u2026" : text;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  /* ---------- records ---------- */
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var edgeById = new Map();
  data.edges.forEach(function (e) { edgeById.set(e.id, e); });
  var outEdges = new Map(), inEdges = new Map();
  data.edges.forEach(function (e) {
    if (!outEdges.has(e.from)) outEdges.set(e.from, []);
    if (!inEdges.has(e.to)) inEdges.set(e.to, []);
    outEdges.get(e.from).push(e);
    inEdges.get(e.to).push(e);
  });
  function nameOf(id) { var n = nodeById.get(id); return n ? n.name : id; }
  function docTitle(doc) { return data.docs[doc] || doc; }

  /* ---------- vis-network ---------- */
  var big = data.nodes.length > 1000;
  /* Shared looks go in groups and global options: per-item option objects make
     vis-network slow to build for thousands of nodes and edges. */
  var groups = {};
  data.nodes.forEach(function (n) {
    if (groups[n.group]) return;
    groups[n.group] = {
      shape: n.shape, borderWidth: n.group === "position" ? 3 : 1.5,
      color: { background: n.color, border: n.border,
               highlight: { background: n.color, border: "#000000" },
               hover: { background: n.color, border: "#000000" } },
      font: n.group === "position" ? { size: 16, bold: true } :
            (n.group === "article" ? { size: 11 } : { size: 14 })
    };
  });
  function visNode(n) {
    return { id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, group: n.group, hidden: false };
  }
  function visEdge(e) {
    var item = {
      id: e.id, from: e.from, to: e.to, width: e.width,
      color: { color: e.color, highlight: e.color, hover: e.color, opacity: e.opacity },
      hidden: false
    };
    /* dashed lines cost a lot to draw: only small graphs get them */
    if (e.dashes && !big) item.dashes = true;
    if (!e.arrow || (big && e.relation !== "stance")) item.arrows = { to: { enabled: false } };
    if (e.curve) item.smooth = { enabled: true, type: "curvedCW", roundness: e.curve };
    return item;
  }
  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  performance.mark("kg-datasets");
  var network = new vis.Network(byId("kg-network"), { nodes: nodes, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: big,
                   hideEdgesOnZoom: big, multiselect: true, navigationButtons: false },
    groups: groups,
    nodes: { font: { face: "system-ui, Arial, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
             scaling: { label: { drawThreshold: big ? 8 : 3 } } },
    edges: { selectionWidth: 1.5, hoverWidth: 1, smooth: false,
             arrows: { to: { enabled: true, scaleFactor: 0.6 } } }
  });
  performance.mark("kg-network");

  /* ---------- text blocks (all textContent) ---------- */
  function evidenceBlock(ev, stance, chars) {
    var box = el("div", null, "kg-quote" + (stance ? " " + stance : ""));
    var text = String(chars ? clip(ev.text, chars) : ev.text);
    /* quotes that carry their own quotation marks are not wrapped in more */
    box.appendChild(el("span", /^["\u201c\u2018']/.test(text) ? text : "\u201c" + text + "\u201d"));
    var src = (ev.date ? ev.date + " \u00b7 " : "") + docTitle(ev.doc) +
      " [" + ev.start + "\u2013" + ev.end + "]";
    if (ev.cue) src += " \u00b7 cue: " + ev.cue;
    if (ev.kind) src += " \u00b7 " + ev.kind;
    box.appendChild(el("span", src, "kg-source"));
    return box;
  }
  function kv(parent, key, value) {
    if (value === undefined || value === null || value === "" ||
        (Array.isArray(value) && value.length === 0)) return;
    var row = el("div", null, "kg-kv");
    row.appendChild(el("b", key + ": "));
    row.appendChild(el("span", Array.isArray(value) ? value.join("; ") : value));
    parent.appendChild(row);
  }
  function edgeHeadline(e) {
    var what = e.relation === "stance" ? e.stance : e.label;
    return nameOf(e.from) + " \u2014 " + what + " \u2192 " + nameOf(e.to);
  }
  function nodeSummary(n, parent) {
    parent.appendChild(el("div", n.groupName, "kg-muted"));
    n.info.forEach(function (pair) { kv(parent, pair[0], pair[1]); });
  }

  /* ---------- hover tooltip ---------- */
  var tip = byId("kg-tip");
  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var box = byId("kg-network").getBoundingClientRect();
    var x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 4) x = Math.max(4, x - w - 28);
    if (y + h > window.innerHeight - 4) y = Math.max(4, y - h - 28);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; tip.replaceChildren(); }
  function nodeTip(n) {
    var box = el("div");
    box.appendChild(el("strong", n.name));
    nodeSummary(n, box);
    return box;
  }
  function edgeTip(e) {
    var box = el("div");
    box.appendChild(el("strong", edgeHeadline(e)));
    box.appendChild(el("div", plural(e.weight, "statement"), "kg-muted"));
    e.evidence.slice(0, QUOTES_IN_TIP).forEach(function (ev) {
      box.appendChild(evidenceBlock(ev, e.stance, TIP_CHARS));
    });
    if (e.evidence.length > QUOTES_IN_TIP) {
      box.appendChild(el("div", "\u2026 click for all " + e.evidence.length, "kg-muted"));
    }
    if (e.positions.length) kv(box, "on", e.positions.map(nameOf));
    return box;
  }
  network.on("hoverNode", function (p) { showTip(nodeTip(nodeById.get(p.node)), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeTip(edgeById.get(p.edge)), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  /* ---------- side panel ---------- */
  var panel = byId("kg-panel");
  function linkTo(id) {
    var b = el("button", nameOf(id), "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { selectNodes([id], true); });
    return b;
  }
  function stanceSection(title, list, endpoint, stance) {
    if (!list.length) return null;
    var sec = el("section");
    sec.appendChild(el("h3", title + " (" + list.length + ")"));
    list.forEach(function (e) {
      var row = el("div");
      row.appendChild(linkTo(endpoint(e)));
      row.appendChild(el("span", " \u00b7 " + plural(e.weight, "statement"), "kg-muted"));
      sec.appendChild(row);
      e.evidence.forEach(function (ev) { sec.appendChild(evidenceBlock(ev, stance, 0)); });
    });
    return sec;
  }
  function showNodePanel(id) {
    var n = nodeById.get(id);
    if (!n) return;
    var box = el("div");
    box.appendChild(el("h2", n.name));
    nodeSummary(n, box);
    var sections = [];
    if (n.group === "position") {
      var ins = inEdges.get(id) || [];
      ["supports", "disputes", "neutral"].forEach(function (s) {
        sections.push(stanceSection(s === "neutral" ? "neutral" : s.charAt(0).toUpperCase() + s.slice(1),
          ins.filter(function (e) { return e.relation === "stance" && e.stance === s; }),
          function (e) { return e.from; }, s));
      });
    } else if (n.group === "article") {
      var quoted = (inEdges.get(id) || []).filter(function (e) { return e.relation === "quoted_in"; });
      sections.push(stanceSection("Quoted", quoted, function (e) { return e.from; }, ""));
    } else {
      var outs = outEdges.get(id) || [];
      ["supports", "disputes", "neutral"].forEach(function (s) {
        sections.push(stanceSection(s, outs.filter(function (e) {
          return e.relation === "stance" && e.stance === s;
        }), function (e) { return e.to; }, s));
      });
      sections.push(stanceSection("Quoted in", outs.filter(function (e) {
        return e.relation === "quoted_in";
      }), function (e) { return e.to; }, ""));
    }
    sections.forEach(function (s) { if (s) box.appendChild(s); });
    panel.replaceChildren(box);
  }
  function showEdgePanel(id) {
    var e = edgeById.get(id);
    if (!e) return;
    var box = el("div");
    var h = el("h2");
    h.appendChild(linkTo(e.from));
    h.appendChild(el("span", " " + (e.relation === "stance" ? e.stance : e.label) + " "));
    h.appendChild(linkTo(e.to));
    box.appendChild(h);
    box.appendChild(el("div", plural(e.weight, "statement"), "kg-muted"));
    kv(box, "confidence", e.confidence);
    kv(box, "dates", e.dates);
    if (e.positions.length) kv(box, "on", e.positions.map(nameOf));
    e.evidence.forEach(function (ev) { box.appendChild(evidenceBlock(ev, e.stance, 0)); });
    panel.replaceChildren(box);
  }
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) showNodePanel(p.nodes[0]);
    else if (p.edges.length) showEdgePanel(p.edges[0]);
  });

  /* ---------- filters ---------- */
  var state = { position: "", minWeight: 1, articles: true, derived: true };
  var status = byId("kg-status");
  function visibleSets() {
    var vn = new Set(), ve = new Set();
    if (state.position) {
      vn.add(state.position);
      (inEdges.get(state.position) || []).forEach(function (e) {
        if (e.relation === "stance" && e.weight >= state.minWeight) { ve.add(e.id); vn.add(e.from); }
      });
      return { nodes: vn, edges: ve };
    }
    data.nodes.forEach(function (n) { if (state.articles || n.group !== "article") vn.add(n.id); });
    data.edges.forEach(function (e) {
      if (e.weight < state.minWeight) return;
      if (!state.derived && e.derived) return;
      if (vn.has(e.from) && vn.has(e.to)) ve.add(e.id);
    });
    return { nodes: vn, edges: ve };
  }
  function applyFilters(fit) {
    var vis_ = visibleSets();
    var nu = [], eu = [];
    nodes.forEach(function (n) {
      var hide = !vis_.nodes.has(n.id);
      if (n.hidden !== hide) nu.push({ id: n.id, hidden: hide });
    });
    edges.forEach(function (e) {
      var hide = !vis_.edges.has(e.id);
      if (e.hidden !== hide) eu.push({ id: e.id, hidden: hide });
    });
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
    status.textContent = "Showing " + vis_.nodes.size + " of " + plural(data.nodes.length, "node") +
      ", " + vis_.edges.size + " of " + plural(data.edges.length, "edge") + ".";
    if (fit) network.fit({ nodes: Array.from(vis_.nodes), animation: false });
    return vis_;
  }
  var posSelect = byId("kg-position");
  data.positions.forEach(function (p) {
    var o = el("option", p[1]);
    o.value = p[0];
    posSelect.appendChild(o);
  });
  posSelect.addEventListener("change", function () {
    state.position = posSelect.value;
    applyFilters(true);
    if (state.position) showNodePanel(state.position);
  });
  var slider = byId("kg-min-weight");
  slider.max = String(Math.max(1, data.maxWeight));
  slider.addEventListener("input", function () {
    state.minWeight = Number(slider.value);
    byId("kg-min-weight-value").textContent = slider.value;
    applyFilters(false);
  });
  byId("kg-show-articles").addEventListener("change", function (ev) {
    state.articles = ev.target.checked; applyFilters(false);
  });
  byId("kg-show-derived").addEventListener("change", function (ev) {
    state.derived = ev.target.checked; applyFilters(false);
  });

  /* ---------- search ---------- */
  var names = byId("kg-names");
  var seen = new Set();
  data.nodes.forEach(function (n) {
    if (n.group === "article" || seen.has(n.name)) return;
    seen.add(n.name);
    var o = el("option");
    o.value = n.name;
    names.appendChild(o);
  });
  function selectNodes(ids, focus) {
    var vis_ = visibleSets();
    if (ids.some(function (id) { return !vis_.nodes.has(id); })) {
      state.position = ""; posSelect.value = "";
      state.minWeight = 1; slider.value = "1";
      byId("kg-min-weight-value").textContent = "1";
      state.articles = true; byId("kg-show-articles").checked = true;
      applyFilters(false);
    }
    network.selectNodes(ids);
    if (focus && ids.length) {
      network.focus(ids[0], { scale: Math.max(network.getScale(), 1.0), animation: false });
    }
    if (ids.length) showNodePanel(ids[0]);
  }
  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var exact = [], partial = [];
    data.nodes.forEach(function (n) {
      if (n.group === "article") return;
      var all = [n.name].concat(n.aliases).map(function (s) { return s.toLowerCase(); });
      if (all.indexOf(q) >= 0) exact.push(n.id);
      else if (all.some(function (s) { return s.indexOf(q) >= 0; })) partial.push(n.id);
    });
    return exact.concat(partial);
  }
  byId("kg-find").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = byId("kg-search").value;
    var found = search(q);
    if (found.length) {
      selectNodes(found, true);
      status.textContent = (found.length === 1 ? "1 match" : found.length + " matches") +
        " for \u201c" + q.trim() + "\u201d.";
    } else {
      network.unselectAll();
      status.textContent = "No speaker or position matches \u201c" + q.trim() + "\u201d.";
    }
  });
  byId("kg-reset").addEventListener("click", function () {
    state = { position: "", minWeight: 1, articles: true, derived: true };
    posSelect.value = ""; slider.value = "1";
    byId("kg-min-weight-value").textContent = "1";
    byId("kg-show-articles").checked = true; byId("kg-show-derived").checked = true;
    byId("kg-search").value = "";
    network.unselectAll();
    applyFilters(true);
  });

  /* ---------- heading and legend ---------- */
  byId("kg-title").textContent = data.title;
  byId("kg-counts").textContent = data.subtitle;
  var legend = byId("kg-legend");
  data.legend.nodes.forEach(function (item) {
    var row = el("div", null, "kg-legend-row");
    var sw = el("span", item.glyph, "kg-swatch");
    sw.style.color = item.color;
    row.appendChild(sw);
    row.appendChild(el("span", item.name));
    legend.appendChild(row);
  });
  data.legend.edges.forEach(function (item) {
    var row = el("div", null, "kg-legend-row");
    var line = el("span", null, "kg-line");
    line.style.borderTopStyle = item.dashed ? "dashed" : "solid";
    line.style.borderTopColor = item.color;
    row.appendChild(line);
    row.appendChild(el("span", item.name));
    legend.appendChild(row);
  });
  legend.appendChild(el("div", "Size: number of quotes (speakers) or stances (positions); " +
    "edge width: number of statements.", "kg-muted"));

  applyFilters(false);
  performance.mark("kg-controls");
  network.once("afterDrawing", function () {
    performance.mark("kg-first-frame");
    window.kgFirstFrameMs = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  /* For tests and scripting: read-only access to the live view. */
  window.kg = {
    network: network, nodes: nodes, edges: edges, data: data, search: search,
    visibleNodeIds: function () { return nodes.getIds({ filter: function (n) { return !n.hidden; } }); },
    visibleEdgeIds: function () { return edges.getIds({ filter: function (e) { return !e.hidden; } }); }
  };
})();
