/* kg: the interactive page (dispute board, graph, timeline). Every piece of text from
   the articles reaches the page through textContent, a form control's value or the
   canvas's fillText, never through innerHTML: article text is untrusted. */
(function () {
  "use strict";
  performance.mark("kg-start");
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-parsed");
  var byId = function (id) { return document.getElementById(id); };
  var SVG = "http://www.w3.org/2000/svg";
  var QUOTES_IN_TIP = 3;
  var TIP_CHARS = 280;
  var BOARD_QUOTE_CHARS = 300;
  var ENTRIES_SHOWN = 6;
  var ARTICLE_CHARS = 80;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clip(text, n) {
    text = String(text);
    return text.length > n ? text.slice(0, n - 1) + "\u2026" : text;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function quoted(text) {
    text = String(text);
    /* quotes that carry their own quotation marks are not wrapped in more */
    return /^["\u201c\u2018']/.test(text) ? text : "\u201c" + text + "\u201d";
  }

  /* ---------- records ---------- */
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var edgeById = new Map(), edgeByKey = new Map();
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgeByKey.set(e.from + "\u0000" + e.to + "\u0000" + e.key, e);
  });
  var outEdges = new Map(), inEdges = new Map();
  data.edges.forEach(function (e) {
    if (!outEdges.has(e.from)) outEdges.set(e.from, []);
    if (!inEdges.has(e.to)) inEdges.set(e.to, []);
    outEdges.get(e.from).push(e);
    inEdges.get(e.to).push(e);
  });
  /* speakers with a supports or disputes edge: those "who take a side" */
  var sideTakers = new Set();
  var stanceWeight = new Map();
  data.edges.forEach(function (e) {
    if (e.relation !== "stance") return;
    if (e.stance === "supports" || e.stance === "disputes") sideTakers.add(e.from);
    stanceWeight.set(e.from, (stanceWeight.get(e.from) || 0) + e.weight);
    stanceWeight.set(e.to, (stanceWeight.get(e.to) || 0) + e.weight);
  });
  function nameOf(id) { var n = nodeById.get(id); return n ? n.name : id; }
  function docTitle(doc) { return data.docs[doc] || doc; }

  /* ---------- text blocks (all textContent) ---------- */
  function evidenceBlock(ev, stance, chars) {
    var box = el("div", null, "kg-quote" + (stance ? " " + stance : ""));
    box.appendChild(el("span", quoted(chars ? clip(ev.text, chars) : ev.text)));
    var date = ev.date || data.dates[ev.doc];
    var src = (date ? date + " \u00b7 " : "") + docTitle(ev.doc) +
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

  /* ---------- side panel (shared by every view) ---------- */
  var panel = byId("kg-panel");
  var status = byId("kg-status");
  function openSide(open) {
    document.body.classList.toggle("kg-side-open", open);
    byId("kg-side-toggle").setAttribute("aria-expanded", open ? "true" : "false");
  }
  byId("kg-side-toggle").addEventListener("click", function () {
    openSide(!document.body.classList.contains("kg-side-open"));
  });
  byId("kg-side-close").addEventListener("click", function () { openSide(false); });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") openSide(false); });
  /* a new panel; on a narrow screen the drawer opens unless quiet (Find fills it quietly) */
  function showPanel(box, quiet) {
    panel.replaceChildren(box);
    byId("kg-side").scrollTop = 0;
    if (!quiet) openSide(true);
  }
  function linkTo(id, text) {
    var b = el("button", text === undefined ? nameOf(id) : text, "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { openNode(id); });
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
  function stanceSections(list, endpoint) {
    return ["supports", "disputes", "neutral"].map(function (s) {
      return stanceSection(s.charAt(0).toUpperCase() + s.slice(1),
        list.filter(function (e) { return e.relation === "stance" && e.stance === s; }),
        endpoint, s);
    });
  }
  function showNodePanel(id, quiet) {
    var n = nodeById.get(id);
    if (!n) return;
    var box = el("div");
    box.appendChild(el("h2", n.name));
    nodeSummary(n, box);
    var sections = [];
    var from = function (e) { return e.from; }, to = function (e) { return e.to; };
    if (n.group === "position") {
      sections = stanceSections(inEdges.get(id) || [], from);
    } else if (n.group === "article") {
      var quotedIn = (inEdges.get(id) || []).filter(function (e) { return e.relation === "quoted_in"; });
      sections.push(stanceSection("Quoted", quotedIn, from, ""));
    } else {
      var outs = outEdges.get(id) || [];
      sections = stanceSections(outs, to);
      sections.push(stanceSection("Quoted in", outs.filter(function (e) {
        return e.relation === "quoted_in";
      }), to, ""));
    }
    sections.forEach(function (s) { if (s) box.appendChild(s); });
    showPanel(box, quiet);
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
    showPanel(box);
  }

  /* ---------- Find: forgiving spelling (case, accents, British/American endings) ---------- */
  var FOLD = { "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o", "\u0142": "l",
               "\u0111": "d", "\u00f0": "d", "\u00fe": "th", "\u0131": "i" };
  function canonWord(w) {
    for (var i = 0; i < data.spelling.length; i++) {
      var rule = data.spelling[i];
      if (w.length >= rule[2] && w.slice(-rule[0].length) === rule[0]) {
        return w.slice(0, w.length - rule[0].length) + rule[1];
      }
    }
    return w;
  }
  function canon(text) {
    var t = String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    t = t.replace(/[\u00df\u00e6\u0153\u00f8\u0142\u0111\u00f0\u00fe\u0131]/g, function (c) { return FOLD[c]; });
    t = t.replace(/['\u2019\u2018`.]/g, "").replace(/&/g, " and ");
    return t.split(/[^0-9a-z]+/).filter(Boolean).map(canonWord).join(" ");
  }
  function editDistanceAtMost(a, b, k) {
    if (Math.abs(a.length - b.length) > k) return false;
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost));
        best = Math.min(best, cur[j]);
      }
      if (best > k) return false;
      prev = cur;
    }
    return prev[b.length] <= k;
  }
  function wordMatches(q, words) {
    var k = q.length >= 10 ? 2 : 1;
    return words.some(function (w) {
      return w.indexOf(q) === 0 || (q.length >= 4 && editDistanceAtMost(q, w, k));
    });
  }
  var searchKeys = data.nodes.filter(function (n) { return n.group !== "article"; }).map(function (n) {
    var keys = [n.name].concat(n.aliases).map(canon);
    var words = [];
    keys.forEach(function (k) { words = words.concat(k.split(" ")); });
    return { id: n.id, keys: keys, compact: keys.map(function (k) { return k.replace(/ /g, ""); }),
             words: words };
  });
  /* Node ids matching a query: same canonical name, then a part of one (spaces or not),
     then every query word close to a word of the name (one or two letters apart). */
  function search(query) {
    var q = canon(query);
    if (!q) return [];
    var qc = q.replace(/ /g, ""), qw = q.split(" ");
    var tiers = [[], [], []];
    searchKeys.forEach(function (s) {
      if (s.keys.indexOf(q) >= 0) tiers[0].push(s.id);
      else if (s.keys.some(function (k) { return k.indexOf(q) >= 0; }) ||
               s.compact.some(function (k) { return k.indexOf(qc) >= 0; })) tiers[1].push(s.id);
      else if (qw.every(function (w) { return wordMatches(w, s.words); })) tiers[2].push(s.id);
    });
    return tiers[0].concat(tiers[1], tiers[2]);
  }

  /* ---------- the dispute board ---------- */
  var boardBox = byId("kg-board");
  var rowByPosition = new Map();
  function entryItem(row, entry) {
    var li = el("li", null, "kg-entry");
    var who = el("div");
    var name = linkTo(entry.speaker, entry.name);
    name.classList.add("kg-who");
    who.appendChild(name);
    who.appendChild(el("span", " \u00b7 " + plural(entry.statements, "statement"), "kg-muted"));
    if (entry.other_side) {
      var other = entry.stance === "supports" ? "disputes" : "supports";
      who.appendChild(el("span", " \u00b7 also " + other + " (" + entry.other_side + ")", "kg-also"));
    }
    li.appendChild(who);
    li.appendChild(el("div", quoted(clip(entry.quote.text, BOARD_QUOTE_CHARS)), "kg-quote " + entry.stance));
    var src = el("div", null, "kg-source");
    var where = [clip(entry.quote.article, ARTICLE_CHARS), entry.quote.date].filter(Boolean);
    var article = el("span", where.join(" \u00b7 ") + " \u00b7 ");
    article.title = entry.quote.article;
    src.appendChild(article);
    var edge = edgeByKey.get(entry.speaker + "\u0000" + row.position + "\u0000" + entry.stance);
    var ev = el("button", "evidence \u203a", "kg-link kg-evidence");
    ev.type = "button";
    ev.setAttribute("aria-label", "every statement of " + entry.name + " that " + entry.stance +
      " \u201c" + row.label + "\u201d");
    if (edge) ev.setAttribute("data-edge", edge.id);
    ev.addEventListener("click", function () { if (edge) showEdgePanel(edge.id); });
    src.appendChild(ev);
    li.appendChild(src);
    return li;
  }
  function boardColumn(row, stance, entries) {
    var col = el("section", null, "kg-col " + stance);
    col.setAttribute("data-stance", stance);
    col.appendChild(el("h3", (stance === "supports" ? "Supports" : "Disputes") + " (" + entries.length + ")"));
    var list = el("ol");
    entries.forEach(function (entry, i) {
      var li = entryItem(row, entry);
      if (i >= ENTRIES_SHOWN) li.hidden = true;
      list.appendChild(li);
    });
    col.appendChild(list);
    if (!entries.length) col.appendChild(el("div", "nobody in these articles", "kg-none"));
    if (entries.length > ENTRIES_SHOWN) {
      var more = el("button", "show " + (entries.length - ENTRIES_SHOWN) + " more", "kg-link kg-more");
      more.type = "button";
      more.addEventListener("click", function () {
        Array.prototype.forEach.call(list.children, function (li) { li.hidden = false; });
        more.remove();
      });
      col.appendChild(more);
    }
    return col;
  }
  function boardRow(row, rank) {
    var card = el("article", null, "kg-row");
    card.setAttribute("data-position", row.position);
    var head = el("div", null, "kg-row-head");
    var h = el("h2");
    h.appendChild(el("span", rank + ".", "kg-rank"));
    h.appendChild(linkTo(row.position, row.label));
    head.appendChild(h);
    head.appendChild(el("span", row.supporters.length + " support \u00b7 " + row.disputers.length +
      " dispute \u00b7 " + plural(row.n_supports + row.n_disputes + row.n_neutral, "statement"), "kg-muted kg-tally"));
    var inGraph = el("button", "see in graph", "kg-link");
    inGraph.type = "button";
    inGraph.addEventListener("click", function () { showPositionInGraph(row.position); });
    head.appendChild(inGraph);
    card.appendChild(head);
    card.appendChild(balanceBar(row));
    var cols = el("div", null, "kg-cols");
    cols.appendChild(boardColumn(row, "supports", row.supporters));
    cols.appendChild(boardColumn(row, "disputes", row.disputers));
    card.appendChild(cols);
    if (row.neutral.length) {
      var neutral = el("div", "Neutral: ", "kg-neutral");
      row.neutral.forEach(function (entry, i) {
        if (i) neutral.appendChild(document.createTextNode(", "));
        neutral.appendChild(linkTo(entry.speaker, entry.name));
      });
      card.appendChild(neutral);
    }
    return card;
  }
  /* at a glance: every position on one screen, its two sides as numbers and a bar */
  var overviewRows = new Map();
  var OVERVIEW_ROWS = 12, overviewAll = false;
  function overview() {
    var table = el("table", null, "kg-overview");
    var head = el("tr");
    ["", "position", "support", "", "dispute"].forEach(function (t, i) {
      var th = el("th", t);
      if (i === 2) th.className = "kg-num";
      head.appendChild(th);
    });
    table.appendChild(el("thead")).appendChild(head);
    var body = table.appendChild(el("tbody"));
    data.board.forEach(function (row, i) {
      var tr = el("tr");
      tr.setAttribute("data-position", row.position);
      if (i >= OVERVIEW_ROWS) tr.hidden = true;
      tr.appendChild(el("td", (i + 1) + ".", "kg-rank"));
      var name = el("td");
      var go = el("button", clip(row.label, 70), "kg-link");
      go.type = "button";
      go.addEventListener("click", function () {
        var card = rowByPosition.get(row.position);
        highlightRow(row.position);
        card.scrollIntoView({ block: "start" });
      });
      name.appendChild(go);
      tr.appendChild(name);
      tr.appendChild(el("td", row.supporters.length, "kg-num supports"));
      var cell = el("td", null, "kg-bar-cell");
      cell.appendChild(balanceBar(row));
      tr.appendChild(cell);
      tr.appendChild(el("td", row.disputers.length, "kg-num disputes"));
      overviewRows.set(row.position, tr);
      body.appendChild(tr);
    });
    if (data.board.length > OVERVIEW_ROWS) {
      var more = el("tr"), cell = el("td"), all = el("button", "and " +
        (data.board.length - OVERVIEW_ROWS) + " more positions: show all", "kg-link");
      cell.colSpan = 5;
      all.type = "button";
      all.addEventListener("click", function () {
        overviewAll = true;
        overviewRows.forEach(function (tr) { tr.hidden = false; });
        more.remove();
      });
      cell.appendChild(all);
      more.appendChild(cell);
      body.appendChild(more);
    }
    return table;
  }
  function balanceBar(row) {
    var bar = el("div", null, "kg-balance");
    bar.setAttribute("aria-hidden", "true");
    [["supports", row.supporters.length], ["disputes", row.disputers.length]].forEach(function (p) {
      var part = el("div", null, p[0]);
      part.style.flex = String(p[1]);
      bar.appendChild(part);
    });
    return bar;
  }
  byId("kg-board-all").addEventListener("click", function () {
    byId("kg-search").value = "";
    filterBoard(null);
    status.textContent = "";
  });
  function renderBoard() {
    var sided = data.board.filter(function (r) { return r.supporters.length || r.disputers.length; });
    var disputed = data.board.filter(function (r) { return r.supporters.length && r.disputers.length; });
    byId("kg-board-intro").textContent = data.board.length ?
      plural(data.board.length, "position") + ", " + disputed.length +
      " with speakers on both sides; the most contested first (" +
      sided.length + " with a speaker on a side). Each speaker with the strongest statement; " +
      "\u201cevidence\u201d opens every statement." :
      "No position under dispute was found in these articles.";
    var frag = document.createDocumentFragment();
    if (data.board.length > 1) frag.appendChild(overview());
    data.board.forEach(function (row, i) {
      var card = boardRow(row, i + 1);
      rowByPosition.set(row.position, card);
      frag.appendChild(card);
    });
    boardBox.replaceChildren(frag);
  }
  function filterBoard(ids, what) {
    var wanted = ids ? new Set(ids) : null;
    var shown = 0;
    data.board.forEach(function (row, i) {
      var hit = !wanted || wanted.has(row.position) ||
        row.supporters.concat(row.disputers, row.neutral).some(function (e) { return wanted.has(e.speaker); });
      rowByPosition.get(row.position).hidden = !hit;
      var folded = !wanted && !overviewAll && i >= OVERVIEW_ROWS;
      if (overviewRows.has(row.position)) overviewRows.get(row.position).hidden = !hit || folded;
      if (hit) shown++;
    });
    var note = byId("kg-board-filter");
    note.hidden = !wanted;
    note.firstChild.textContent = wanted ? plural(shown, "position") + " with " + what + "." : "";
    return shown;
  }

  /* ---------- the timeline (inline SVG) ---------- */
  function timelineIntro(t) {
    var box = byId("kg-timeline-intro");
    if (!t.buckets.length) {
      box.textContent = "No timeline: none of the " + plural(t.articles, "article") +
        " carries a date kg can read (" + plural(t.undated, "statement") + " undated).";
      return;
    }
    box.textContent = "Statements per " + t.unit + " on each position: supports above the line, " +
      "disputes below. " + t.dated_articles + " of " + plural(t.articles, "article") + " dated; " +
      plural(t.dated, "statement") + " placed" + (t.undated ? ", " + t.undated + " undated." : ".");
  }
  function tickIndexes(n, most) {
    var step = Math.max(1, Math.ceil(n / most)), out = [];
    for (var i = 0; i < n; i += step) out.push(i);
    /* the last bucket always has its date; a tick too close before it gives way */
    if (out[out.length - 1] !== n - 1) {
      if (n - 1 - out[out.length - 1] < step / 2 + 1) out.pop();
      out.push(n - 1);
    }
    return out;
  }
  function barCount(g, n, x, y, geo) {
    if (geo.bw >= 16) g.appendChild(svg("text", { x: x + geo.bw / 2, y: y, "text-anchor": "middle", "class": "kg-count" }, n));
  }
  function timelineRow(g, s, y, geo, peak) {
    var label = svg("text", { x: 8, y: y + geo.rowH / 2 + 4, "class": "kg-tl-label" }, clip(s.label, 30));
    label.appendChild(svg("title", {}, s.label));
    label.addEventListener("click", function () { openNode(s.position); });
    g.appendChild(label);
    var mid = y + geo.rowH / 2;
    g.appendChild(svg("line", { x1: geo.left, x2: geo.left + geo.plotW, y1: mid, y2: mid, stroke: "#bbb" }));
    var half = geo.rowH / 2 - 12;
    [["supports", -1, "#009E73"], ["disputes", 1, "#D55E00"]].forEach(function (side) {
      s[side[0]].forEach(function (n, i) {
        if (!n) return;
        var h = Math.max(4, half * n / peak), x = geo.left + i * geo.bw;
        var bar = svg("rect", { x: x + 1, width: Math.max(1, geo.bw - 2),
          y: side[1] < 0 ? mid - h : mid, height: h, fill: side[2], "data-stance": side[0] });
        bar.appendChild(svg("title", {}, s.label + " \u2014 " + data.timeline.buckets[i] + ": " +
          plural(n, "statement") + " " + side[0]));
        g.appendChild(bar);
        barCount(g, n, x, side[1] < 0 ? mid - h - 3 : mid + h + 11, geo);
      });
    });
  }
  function timelineAxis(t, geo, y, below) {
    var axis = svg("g", { "class": "kg-axis" });
    var tick = below ? 4 : -4, label = below ? 17 : -8;
    axis.appendChild(svg("line", { x1: geo.left, x2: geo.left + geo.plotW, y1: y, y2: y, stroke: "#888" }));
    var ticks = tickIndexes(t.buckets.length, 8);
    ticks.forEach(function (i, k) {
      var x = geo.left + (i + 0.5) * geo.bw;
      /* the first and last dates stay inside the chart */
      var anchor = ticks.length > 1 && k === ticks.length - 1 ? "end" : k === 0 ? "start" : "middle";
      var at = anchor === "end" ? geo.left + geo.plotW : anchor === "start" ? geo.left : x;
      axis.appendChild(svg("line", { x1: x, x2: x, y1: y, y2: y + tick, stroke: "#888" }));
      axis.appendChild(svg("text", { x: at, y: y + label, "text-anchor": anchor },
        t.unit === "month" ? t.buckets[i].slice(0, 7) : t.buckets[i]));
    });
    return axis;
  }
  /* the most contested positions first (the board's order); long lists fold */
  var TIMELINE_ROWS = 20;
  function renderTimeline(all) {
    var t = data.timeline;
    timelineIntro(t);
    var series = t.series.filter(function (s) {
      return s.supports.concat(s.disputes).some(function (n) { return n > 0; });
    });
    if (!t.buckets.length || !series.length) return;
    var shown = all ? series : series.slice(0, TIMELINE_ROWS);
    var geo = { width: 1000, left: 230, rowH: 76, top: 58 };
    geo.plotW = geo.width - geo.left - 16;
    geo.bw = geo.plotW / t.buckets.length;
    var height = geo.top + shown.length * geo.rowH + 34;
    var peak = 1;
    shown.forEach(function (s) { s.supports.concat(s.disputes).forEach(function (n) { peak = Math.max(peak, n); }); });
    var root = svg("svg", { viewBox: "0 0 " + geo.width + " " + height, role: "img",
      "aria-label": "statements per position over time" });
    [["supports (above the line)", "#009E73", 0], ["disputes (below)", "#D55E00", 190]].forEach(function (k) {
      root.appendChild(svg("rect", { x: geo.left + k[2], y: 8, width: 12, height: 12, fill: k[1] }));
      root.appendChild(svg("text", { x: geo.left + k[2] + 18, y: 18 }, k[0]));
    });
    root.appendChild(timelineAxis(t, geo, geo.top - 6, false));
    shown.forEach(function (s, i) { timelineRow(root, s, geo.top + i * geo.rowH, geo, peak); });
    root.appendChild(timelineAxis(t, geo, geo.top + shown.length * geo.rowH + 4, true));
    var parts = [root];
    if (shown.length < series.length) {
      var more = el("button", "show all " + series.length + " positions", "kg-link kg-more");
      more.type = "button";
      more.addEventListener("click", function () { renderTimeline(true); });
      parts.push(el("div", "The " + shown.length + " most contested positions of " +
        series.length + " with a dated statement. ", "kg-muted"));
      parts[1].appendChild(more);
    }
    byId("kg-timeline").replaceChildren.apply(byId("kg-timeline"), parts);
  }

  /* ---------- the graph (vis-network, built when its tab is first opened) ---------- */
  var big = data.nodes.length > 1000;
  var network = null, nodes = null, edges = null;
  var state = { position: "", minWeight: 1, sidesOnly: true, articles: true, derived: true };
  function visGroups() {
    /* Shared looks go in groups and global options: per-item option objects make
       vis-network slow to build for thousands of nodes and edges. */
    var groups = {};
    data.nodes.forEach(function (n) {
      if (groups[n.group]) return;
      groups[n.group] = {
        shape: n.shape, borderWidth: n.group === "position" ? 3 : 1.5,
        color: { background: n.color, border: n.border,
                 highlight: { background: n.color, border: "#000000" },
                 hover: { background: n.color, border: "#000000" } }
      };
    });
    return groups;
  }
  function visNode(n) {
    /* no vis label: the page draws the labels itself, without overlaps (see drawLabels) */
    return { id: n.id, x: n.x, y: n.y, size: n.size, group: n.group, hidden: false };
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

  /* ---------- labels: drawn by importance, never on top of each other ---------- */
  var LABEL_FONT = { position: [13, "bold "], article: [11, ""], other: [12, ""] };
  var labelOrder = data.nodes.slice().sort(function (a, b) {
    return rankOf(a) - rankOf(b) || (stanceWeight.get(b.id) || 0) - (stanceWeight.get(a.id) || 0) ||
      b.size - a.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  });
  /* the labels that may cover a node (never a label): the selection, and the positions
     most argued about, so a graph of a hundred positions is not a wall of position names */
  var MUST_POSITIONS = 30;
  var mustLabel = new Set(labelOrder.filter(function (n) { return n.group === "position"; })
    .slice(0, MUST_POSITIONS).map(function (n) { return n.id; }));
  function rankOf(n) {
    if (n.group === "position") return 0;
    if (n.group === "article") return 3;
    return sideTakers.has(n.id) ? 1 : 2;
  }
  var widthCache = new Map();
  var placedLabels = [];
  function Grid(cell) { this.cell = cell; this.map = new Map(); }
  Grid.prototype.keys = function (b, fn) {
    var c = this.cell;
    for (var gx = Math.floor(b.x / c); gx <= Math.floor((b.x + b.w) / c); gx++) {
      for (var gy = Math.floor(b.y / c); gy <= Math.floor((b.y + b.h) / c); gy++) {
        if (fn(gx * 131072 + gy)) return true;
      }
    }
    return false;
  };
  Grid.prototype.add = function (b) {
    var map = this.map;
    this.keys(b, function (k) { if (!map.has(k)) map.set(k, []); map.get(k).push(b); return false; });
  };
  Grid.prototype.hits = function (b) {
    var map = this.map;
    return this.keys(b, function (k) {
      return (map.get(k) || []).some(function (o) {
        return o.id !== b.id && b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h;
      });
    });
  };
  function labelCandidates(p, r, w, h) {
    var d = r * 0.7;
    return [
      { x: p.x - w / 2, y: p.y + r + 2 }, { x: p.x - w / 2, y: p.y - r - 2 - h },
      { x: p.x + r + 4, y: p.y - h / 2 }, { x: p.x - r - 4 - w, y: p.y - h / 2 },
      { x: p.x + d + 2, y: p.y + d }, { x: p.x - d - 2 - w, y: p.y + d },
      { x: p.x + d + 2, y: p.y - d - h }, { x: p.x - d - 2 - w, y: p.y - d - h }
    ];
  }
  /* the first free spot for a label: clear of labels and nodes, or for the labels that
     must show (positions, selected nodes) clear of other labels at least */
  function labelSpot(spots, id, w, h, W, H, grids, must) {
    var fits = function (grid) {
      return function (c) {
        return c.x >= 0 && c.y >= 0 && c.x + w <= W && c.y + h <= H &&
          !grid.hits({ id: id, x: c.x, y: c.y, w: w, h: h });
      };
    };
    return spots.find(fits(grids.all)) || (must ? spots.find(fits(grids.labels)) : undefined);
  }
  /* big graphs drop their labels while the view moves, as they drop their edges */
  var moving = false, settle = null;
  function moved(done) {
    moving = !done;
    clearTimeout(settle);
    if (done) network.redraw();
    else settle = setTimeout(function () { moved(true); }, 200);
  }
  /* nodes on screen, most important first, each also an obstacle in the grid */
  function nodesOnScreen(grid, W, H) {
    var view = network.body.view, scale = view.scale, tx = view.translation.x, ty = view.translation.y;
    var selected = new Set(network.getSelectedNodes());
    var order = selected.size ? labelOrder.filter(function (n) { return selected.has(n.id); })
      .concat(labelOrder.filter(function (n) { return !selected.has(n.id); })) : labelOrder;
    var body = network.body.nodes, out = [];
    for (var i = 0; i < order.length; i++) {
      var n = order[i], b = body[n.id];
      if (!b || b.options.hidden) continue;
      var x = b.x * scale + tx, y = b.y * scale + ty, r = n.size * scale;
      if (x < -200 || y < -50 || x > W + 200 || y > H + 50) continue;
      out.push({ n: n, p: { x: x, y: y }, r: r, must: mustLabel.has(n.id) || selected.has(n.id) });
      grid.add({ id: n.id, x: x - r, y: y - r, w: 2 * r, h: 2 * r });
    }
    return out;
  }
  /* a label's width at its base size, measured once per node */
  function baseWidth(ctx, n, f) {
    var w = widthCache.get(n.id);
    if (w === undefined) {
      ctx.font = f[1] + f[0] + "px system-ui, Arial, sans-serif";
      w = ctx.measureText(n.label).width;
      widthCache.set(n.id, w);
    }
    return w;
  }
  function drawLabels(ctx) {
    if (big && moving) { placedLabels = []; return; }
    var box = byId("kg-network"), W = box.clientWidth, H = box.clientHeight;
    var zoom = Math.min(1.3, Math.max(1, Math.sqrt(network.body.view.scale)));
    var grid = new Grid(80), labelGrid = new Grid(80), shown = [], font = "";
    var onScreen = nodesOnScreen(grid, W, H);
    ctx.save();
    var ratio = network.canvas.pixelRatio || window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    /* at most one label per 5,000 square pixels: a big graph stays a picture, not a wall of text */
    var most = Math.max(40, Math.min(400, Math.floor(W * H / 5000)));
    for (var i = 0; i < onScreen.length && i < 1500 && shown.length < most; i++) {
      var v = onScreen[i], f = LABEL_FONT[v.n.group] || LABEL_FONT.other;
      var px = Math.round(f[0] * zoom), w = baseWidth(ctx, v.n, f) * px / f[0], h = px + 3;
      var spot = labelSpot(labelCandidates(v.p, v.r, w, h), v.n.id, w, h, W, H,
                           { all: grid, labels: labelGrid }, v.must);
      if (!spot) continue;
      var placed = { id: v.n.id + "#label", node: v.n.id, x: spot.x, y: spot.y, w: w, h: h, px: px };
      grid.add(placed);
      labelGrid.add(placed);
      shown.push(placed);
      var want = f[1] + px + "px system-ui, Arial, sans-serif";
      if (want !== font) { ctx.font = want; font = want; }
      ctx.strokeText(v.n.label, spot.x, spot.y + 1);
      ctx.fillStyle = v.n.group === "article" ? "#555" : "#111";
      ctx.fillText(v.n.label, spot.x, spot.y + 1);
    }
    ctx.restore();
    placedLabels = shown;
  }

  function ensureNetwork() {
    if (network) return network;
    nodes = new vis.DataSet(data.nodes.map(visNode));
    edges = new vis.DataSet(data.edges.map(visEdge));
    performance.mark("kg-datasets");
    network = new vis.Network(byId("kg-network"), { nodes: nodes, edges: edges }, {
      physics: { enabled: false },
      layout: { improvedLayout: false, randomSeed: 1 },
      interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: big,
                     hideEdgesOnZoom: big, multiselect: true, navigationButtons: false },
      groups: visGroups(),
      edges: { selectionWidth: 1.5, hoverWidth: 1, smooth: false,
               arrows: { to: { enabled: true, scaleFactor: 0.6 } } }
    });
    performance.mark("kg-network");
    network.on("afterDrawing", drawLabels);
    if (big) {
      network.on("dragStart", function () { moving = true; });
      network.on("dragEnd", function () { moved(true); });
      network.on("zoom", function () { moved(false); });
    }
    network.on("hoverNode", function (p) { showTip(nodeTip(nodeById.get(p.node)), p.pointer.DOM); });
    network.on("hoverEdge", function (p) { showTip(edgeTip(edgeById.get(p.edge)), p.pointer.DOM); });
    network.on("blurNode", hideTip);
    network.on("blurEdge", hideTip);
    network.on("dragStart", hideTip);
    network.on("zoom", hideTip);
    network.on("click", function (p) {
      hideTip();
      if (p.nodes.length) showNodePanel(p.nodes[0]);
      else if (p.edges.length) showEdgePanel(p.edges[0]);
    });
    network.once("afterDrawing", function () {
      performance.mark("kg-first-frame");
      window.kgFirstFrameMs = performance.now();
      document.body.setAttribute("data-graph-ready", "1");
    });
    applyFilters(true);
    return network;
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

  /* ---------- graph filters ---------- */
  function visibleSets() {
    var vn = new Set(), ve = new Set();
    if (state.position) {
      vn.add(state.position);
      (inEdges.get(state.position) || []).forEach(function (e) {
        if (e.relation === "stance" && e.weight >= state.minWeight) { ve.add(e.id); vn.add(e.from); }
      });
      return { nodes: vn, edges: ve };
    }
    data.nodes.forEach(function (n) {
      if (!state.articles && n.group === "article") return;
      if (state.sidesOnly && n.group !== "article" && n.group !== "position" && !sideTakers.has(n.id)) return;
      vn.add(n.id);
    });
    data.edges.forEach(function (e) {
      if (e.weight < state.minWeight) return;
      if (!state.derived && e.derived) return;
      if (vn.has(e.from) && vn.has(e.to)) ve.add(e.id);
    });
    return { nodes: vn, edges: ve };
  }
  function applyFilters(fit) {
    var vis_ = visibleSets();
    if (!network) return vis_;
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
    status.textContent = "Graph: showing " + vis_.nodes.size + " of " + plural(data.nodes.length, "node") +
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
  [["kg-sides-only", "sidesOnly"], ["kg-show-articles", "articles"], ["kg-show-derived", "derived"]]
    .forEach(function (pair) {
      byId(pair[0]).addEventListener("change", function (ev) {
        state[pair[1]] = ev.target.checked; applyFilters(false);
      });
    });
  function resetFilters() {
    state = { position: "", minWeight: 1, sidesOnly: true, articles: true, derived: true };
    posSelect.value = ""; slider.value = "1";
    byId("kg-min-weight-value").textContent = "1";
    byId("kg-sides-only").checked = true;
    byId("kg-show-articles").checked = true; byId("kg-show-derived").checked = true;
  }
  byId("kg-reset").addEventListener("click", function () {
    resetFilters();
    byId("kg-search").value = "";
    if (network) network.unselectAll();
    applyFilters(true);
  });

  /* ---------- tabs ---------- */
  var TABS = ["board", "graph", "timeline"];
  var current = "";
  function showTab(name) {
    if (TABS.indexOf(name) < 0) name = "board";
    current = name;
    TABS.forEach(function (t) {
      byId("kg-tab-" + t).setAttribute("aria-selected", t === name ? "true" : "false");
      byId("kg-" + t + "-view").hidden = t !== name;
    });
    if (name === "graph") {
      var fresh = !network;
      ensureNetwork();
      if (!fresh) { network.redraw(); }
    }
    byId("kg-legend").hidden = name !== "graph";
    if (location.hash !== "#" + name) {
      try { history.replaceState(null, "", "#" + name); } catch (err) { /* a sandboxed frame */ }
    }
  }
  TABS.forEach(function (t, i) {
    var tab = byId("kg-tab-" + t);
    tab.addEventListener("click", function () { showTab(t); });
    /* arrow keys move between tabs, as in every tab list */
    tab.addEventListener("keydown", function (ev) {
      var step = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      var next = TABS[(i + step + TABS.length) % TABS.length];
      showTab(next);
      byId("kg-tab-" + next).focus();
    });
  });
  function selectInGraph(ids, focus) {
    showTab("graph");
    var vis_ = visibleSets();
    if (ids.some(function (id) { return !vis_.nodes.has(id); })) {
      resetFilters();
      state.sidesOnly = ids.every(function (id) { return sideTakers.has(id) || !isSpeaker(id); });
      byId("kg-sides-only").checked = state.sidesOnly;
      applyFilters(false);
    }
    network.selectNodes(ids);
    if (focus && ids.length) {
      network.focus(ids[0], { scale: Math.max(network.getScale(), 1.0), animation: false });
    }
  }
  function isSpeaker(id) { var n = nodeById.get(id); return n && n.group !== "article" && n.group !== "position"; }
  function showPositionInGraph(id) {
    showTab("graph");
    posSelect.value = id;
    state.position = id;
    applyFilters(true);
    showNodePanel(id);
  }
  /* a name clicked anywhere: its panel, and its place in the graph when the graph is shown */
  function openNode(id) {
    if (current === "graph") selectInGraph([id], true);
    else highlightRow(id);
    showNodePanel(id);
  }
  function highlightRow(id) {
    rowByPosition.forEach(function (card, pid) { card.classList.toggle("kg-current", pid === id); });
  }

  /* ---------- search box ---------- */
  var names = byId("kg-names");
  var seen = new Set();
  data.nodes.forEach(function (n) {
    if (n.group === "article" || seen.has(n.name)) return;
    seen.add(n.name);
    var o = el("option");
    o.value = n.name;
    names.appendChild(o);
  });
  byId("kg-find").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = byId("kg-search").value.trim();
    var found = q ? search(q) : [];
    var matches = (found.length === 1 ? "1 match" : found.length + " matches") + " for \u201c" + q + "\u201d";
    if (!q) {
      filterBoard(null);
      status.textContent = "";
    } else if (!found.length) {
      if (network) network.unselectAll();
      status.textContent = "No speaker or position matches \u201c" + q + "\u201d.";
    } else if (current === "graph") {
      selectInGraph(found, true);
      showNodePanel(found[0], true);
      status.textContent = matches + ".";
    } else {
      var rows = filterBoard(found, "\u201c" + q + "\u201d");
      if (current !== "board") showTab("board");
      showNodePanel(found[0], true);
      status.textContent = matches + ": " + plural(rows, "position") + " on the board. " +
        "Clear the box and Find to show all.";
    }
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
    "edge width: number of statements. Labels that would overlap are left out: zoom in or " +
    "hover a node to read them.", "kg-muted"));

  renderBoard();
  renderTimeline();
  performance.mark("kg-controls");
  window.kgReadyMs = performance.now();
  showTab(location.hash.slice(1) || "board");
  openSide(false);
  document.body.setAttribute("data-ready", "1");
  /* For tests and scripting: read-only access to the live view. */
  window.kg = {
    data: data, search: search, canon: canon, showTab: showTab,
    get network() { return network; }, get nodes() { return nodes; }, get edges() { return edges; },
    labelBoxes: function () { return placedLabels.slice(); },
    visibleNodeIds: function () { return nodes ? nodes.getIds({ filter: function (n) { return !n.hidden; } }) : []; },
    visibleEdgeIds: function () { return edges ? edges.getIds({ filter: function (e) { return !e.hidden; } }) : []; }
  };
})();
