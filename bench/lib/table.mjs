/** The printed table: fixed-width text, one line per row, the same rows the JSON holds. */

function num(x, unit) {
  if (x === undefined || Number.isNaN(x)) return "";
  if (unit === "MB/s") return x.toFixed(2);
  if (Math.abs(x) >= 100) return x.toFixed(0);
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

export function formatTable(rows) {
  const header = ["", "measurement", "median", "p25–p75", "min–max", "n", "vs peer", "target", ""];
  const lines = rows.map((r) => {
    if (r.unavailable) return [r.id, r.name, "—", "", "", "", r.unavailable, "", ""];
    const spread = (lo, hi) => (r.n > 1 && lo !== undefined ? `${num(lo, r.unit)}–${num(hi, r.unit)}` : "");
    return [
      r.id,
      r.name,
      `${num(r.median, r.unit)} ${r.unit}`,
      spread(r.p25, r.p75),
      spread(r.min, r.max),
      String(r.n ?? ""),
      [r.ratio !== undefined ? `${r.ratio.toFixed(1)}×` : "", r.peer ? `(${r.peer})` : ""].filter(Boolean).join(" "),
      r.target ?? "",
      r.ok === undefined ? "" : r.ok ? "met" : "MISSED",
    ].concat(r.note ? [`  ${r.note}`] : []);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const fmt = (cells) =>
    cells
      .slice(0, header.length)
      .map((c, i) => (i >= 2 && i <= 5 ? (c ?? "").padStart(widths[i]) : (c ?? "").padEnd(widths[i])))
      .join("  ")
      .trimEnd() + (cells[header.length] ?? "");
  return [fmt(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(fmt)].join("\n");
}
