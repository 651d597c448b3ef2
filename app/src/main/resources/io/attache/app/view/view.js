// Attaché's view. Everything that came from a feed is put into the page as text (textContent, text nodes),
// never as markup: the Content-Security-Policy forbids inline code besides, so a hostile headline stays text.
"use strict";

const REFRESH_MS = 3000;
const state = { version: -1, pair: "", articleId: "" };

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = String(text);
  }
  return node;
}

function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
  return node;
}

function when(iso) {
  if (!iso || iso.startsWith("1970-01-01")) {
    return "never";
  }
  return iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC");
}

function filters() {
  const form = document.getElementById("filters");
  const params = new URLSearchParams();
  for (const name of ["pair", "theme", "country", "sourceType", "language"]) {
    const value = form.elements[name].value;
    if (value) {
      params.set(name, value);
    }
  }
  return params;
}

async function api(path, params) {
  const query = params && params.toString() ? "?" + params.toString() : "";
  const response = await fetch("/api/" + path + query, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    throw new Error(path + ": HTTP " + response.status);
  }
  return response.json();
}

function fillChoices(name, values) {
  const select = document.getElementById("filters").elements[name];
  const chosen = select.value;
  const present = Array.from(select.options).map((option) => option.value);
  if (present.length === values.length + 1 && values.every((value, i) => present[i + 1] === value)) {
    return;
  }
  clear(select).appendChild(new Option("any", ""));
  for (const value of values) {
    select.appendChild(new Option(value, value));
  }
  select.value = values.includes(chosen) ? chosen : "";
}

function renderSummary(summary) {
  document.getElementById("count-articles").textContent = summary.articles;
  document.getElementById("count-pairs").textContent = summary.pairs.length;
  document.getElementById("count-stories").textContent = summary.stories;
  document.getElementById("count-feeds").textContent = summary.feeds;
  document.getElementById("count-max").textContent = summary.maxArticles;
  document.getElementById("oldest").textContent = when(summary.oldest);
  fillChoices("pair", summary.pairs);
  fillChoices("theme", summary.themes);
  fillChoices("country", summary.countries);
  fillChoices("sourceType", summary.sourceTypes);
  fillChoices("language", summary.languages);
}

function pairButton(pair) {
  const button = el("button", "link", pair);
  button.type = "button";
  button.dataset.pair = pair;
  button.addEventListener("click", () => choosePair(pair));
  return button;
}

function renderGrid(grid) {
  const table = clear(document.getElementById("grid"));
  const head = table.createTHead().insertRow();
  head.appendChild(el("th", "", "Pair"));
  head.appendChild(el("th", "", "Articles"));
  for (const theme of grid.themes) {
    head.appendChild(el("th", "theme", theme.replaceAll("_", " ")));
  }
  const body = table.createTBody();
  const highest = Math.max(1, ...grid.rows.flatMap((row) => Object.values(row.cells)));
  for (const row of grid.rows) {
    const line = body.insertRow();
    line.dataset.pair = row.pair;
    const name = el("th");
    name.appendChild(pairButton(row.pair));
    line.appendChild(name);
    const total = el("td", "total", row.articles);
    total.dataset.pair = row.pair;
    total.dataset.theme = "";
    line.appendChild(total);
    for (const theme of grid.themes) {
      const count = row.cells[theme] || 0;
      const cell = el("td", "heat-" + Math.ceil((4 * count) / highest), count || "");
      cell.dataset.pair = row.pair;
      cell.dataset.theme = theme;
      line.appendChild(cell);
    }
  }
  if (grid.rows.length === 0) {
    body.insertRow().appendChild(el("td", "quiet", "No tagged pair in this period."));
  }
}

function articleItem(line) {
  const item = el("li");
  item.dataset.id = line.id;
  const title = el("button", "link title", line.title || "(no title)");
  title.type = "button";
  title.addEventListener("click", () => chooseArticle(line.id));
  item.appendChild(title);
  const meta = [when(line.published), line.publisher, line.sourceType.replaceAll("_", " "), line.language]
    .filter(Boolean)
    .join(" · ");
  item.appendChild(el("div", "meta", meta));
  const tags = el("div", "tags");
  for (const pair of line.pairs) {
    tags.appendChild(el("span", "tag pair", pair));
  }
  for (const theme of line.themes) {
    tags.appendChild(el("span", "tag theme", theme.replaceAll("_", " ")));
  }
  item.appendChild(tags);
  return item;
}

function renderArticles(target, lines) {
  const list = clear(target);
  for (const line of lines) {
    list.appendChild(articleItem(line));
  }
  if (lines.length === 0) {
    list.appendChild(el("li", "quiet", "None."));
  }
}

function renderTimeline(timeline) {
  document.getElementById("pair-name").textContent = timeline.pair;
  const table = clear(document.getElementById("timeline"));
  const highest = Math.max(1, ...timeline.days.map((day) => day.articles));
  for (const day of timeline.days) {
    const row = table.insertRow();
    row.dataset.day = day.day;
    row.appendChild(el("th", "", day.day));
    const barCell = row.insertCell();
    const bar = el("div", "bar");
    bar.style.width = Math.round((100 * day.articles) / highest) + "%";
    barCell.appendChild(bar);
    row.appendChild(el("td", "count", day.articles));
    const themes = Object.entries(day.themes)
      .map(([theme, count]) => theme.replaceAll("_", " ") + " " + count)
      .join(", ");
    row.appendChild(el("td", "meta", themes));
  }
  renderArticles(document.getElementById("pair-articles"), timeline.articles);
}

function renderStories(stories) {
  const list = clear(document.getElementById("stories"));
  for (const view of stories) {
    const story = view.story;
    const item = el("li", "story");
    item.dataset.story = story.id;
    item.dataset.pair = story.countries.join("-");
    item.appendChild(el("div", "headline", story.headline || "(no headline)"));
    const meta = [
      story.countries.join("-") || "no country",
      story.reports + (story.reports === 1 ? " report" : " reports"),
      when(story.firstReportAt) + " – " + when(story.lastReportAt),
    ].join(" · ");
    item.appendChild(el("div", "meta", meta));
    item.appendChild(el("div", "publishers", "Publishers: " + story.publishers.join(", ")));
    const reports = el("ul", "articles reports");
    view.reports.forEach((line) => reports.appendChild(articleItem(line)));
    item.appendChild(reports);
    list.appendChild(item);
  }
  if (stories.length === 0) {
    list.appendChild(el("li", "quiet", "No stories yet."));
  }
}

function renderFeeds(feeds) {
  const table = clear(document.getElementById("feeds"));
  const head = table.createTHead().insertRow();
  const days = feeds.length ? Object.keys(feeds[0].articlesPerDay) : [];
  for (const title of ["Feed", "Status", "Last success", "Failures", "Last outcome", "Articles"]) {
    head.appendChild(el("th", "", title));
  }
  for (const day of days) {
    head.appendChild(el("th", "day", day.slice(5)));
  }
  head.appendChild(el("th", "", "Last error"));
  const body = table.createTBody();
  for (const feed of feeds) {
    const row = body.insertRow();
    row.dataset.feed = feed.feedId;
    row.appendChild(el("th", "", feed.feedId));
    row.appendChild(el("td", "status " + feed.status, feed.status));
    row.appendChild(el("td", "", when(feed.lastSuccess)));
    row.appendChild(el("td", "count", feed.consecutiveFailures));
    row.appendChild(el("td", "", feed.lastOutcome));
    row.appendChild(el("td", "count", feed.articles));
    for (const day of days) {
      row.appendChild(el("td", "count day", feed.articlesPerDay[day] || ""));
    }
    row.appendChild(el("td", "error", feed.lastError));
  }
}

// The evidence spans of one field, as [start, end, label] clamped to the text.
function spans(enriched, field, length) {
  const found = [];
  const collect = (label, evidence) => {
    for (const span of evidence) {
      if (span.field === field && span.end > span.start) {
        found.push([Math.min(span.start, length), Math.min(span.end, length), label]);
      }
    }
  };
  enriched.themes.forEach((theme) => collect(theme.id.replaceAll("_", " "), theme.evidence));
  enriched.dyads.forEach((dyad) => collect(dyad.countries.join("-"), dyad.evidence));
  return found;
}

// The text with every evidence span in a <mark>, built from text nodes only.
function highlighted(tag, text, found) {
  const node = el(tag);
  const cuts = Array.from(new Set([0, text.length, ...found.flatMap(([start, end]) => [start, end])])).sort(
    (a, b) => a - b,
  );
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(from, to);
    const labels = Array.from(new Set(found.filter(([start, end]) => start <= from && to <= end).map((s) => s[2])));
    if (labels.length === 0) {
      node.appendChild(document.createTextNode(piece));
    } else {
      const mark = el("mark", "", piece);
      mark.title = labels.join(", ");
      node.appendChild(mark);
    }
  }
  return node;
}

function renderArticle(enriched) {
  const target = clear(document.getElementById("article"));
  target.dataset.id = enriched.id;
  target.appendChild(highlighted("h3", enriched.title, spans(enriched, "title", enriched.title.length)));
  const feed = enriched.feed;
  const meta = el("p", "meta", [when(enriched.published), feed.publisher || feed.title || feed.id, enriched.language]
    .filter(Boolean)
    .join(" · "));
  if (/^https?:\/\//i.test(enriched.url)) {
    const link = el("a", "", "source");
    link.href = enriched.url;
    link.rel = "noopener noreferrer";
    meta.appendChild(document.createTextNode(" · "));
    meta.appendChild(link);
  }
  target.appendChild(meta);
  const tags = el("ul", "evidence");
  const describe = (label, score, evidence) => {
    const phrases = Array.from(new Set(evidence.map((span) => span.phrase))).join(" · ");
    tags.appendChild(el("li", "", label + " (" + score.toFixed(2) + "): " + phrases));
  };
  enriched.dyads.forEach((dyad) => describe(dyad.countries.join("-"), dyad.score, dyad.evidence));
  enriched.themes.forEach((theme) => describe(theme.id.replaceAll("_", " "), theme.score, theme.evidence));
  target.appendChild(tags);
  const text = highlighted("div", enriched.text, spans(enriched, "text", enriched.text.length));
  text.className = "text";
  target.appendChild(text);
}

function choosePair(pair) {
  state.pair = pair;
  refreshPair().catch(showError);
}

function chooseArticle(id) {
  state.articleId = id;
  refreshArticle().catch(showError);
}

async function refreshPair() {
  if (state.pair) {
    const params = filters();
    params.set("dyad", state.pair);
    renderTimeline(await api("pair", params));
  }
}

async function refreshArticle() {
  if (state.articleId) {
    renderArticle(await api("article", new URLSearchParams({ id: state.articleId })));
  }
}

async function refreshAll() {
  const chosen = filters();
  const gridParams = new URLSearchParams(chosen);
  gridParams.set("period", document.getElementById("filters").elements.period.value);
  const [grid, stories, articles, feeds] = await Promise.all([
    api("grid", gridParams),
    api("stories", chosen),
    api("articles", chosen),
    api("feeds"),
  ]);
  renderGrid(grid);
  renderStories(stories);
  renderArticles(document.getElementById("articles"), articles);
  renderFeeds(feeds);
  if (!state.pair && grid.rows.length > 0) {
    state.pair = grid.rows[0].pair;
  }
  if (!state.articleId && articles.length > 0) {
    state.articleId = articles[0].id;
  }
  await Promise.all([refreshPair(), refreshArticle()]);
}

function showError(error) {
  const live = document.getElementById("live");
  live.textContent = "not updating: " + error.message;
  live.className = "live down";
}

async function tick(force) {
  try {
    const summary = await api("summary");
    renderSummary(summary);
    if (force || summary.version !== state.version) {
      state.version = summary.version;
      await refreshAll();
    }
    const live = document.getElementById("live");
    live.textContent = "live · checked " + new Date().toLocaleTimeString();
    live.className = "live up";
  } catch (error) {
    showError(error);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("filters").addEventListener("change", () => tick(true));
  tick(true);
  setInterval(() => tick(false), REFRESH_MS);
});
