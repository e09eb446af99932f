extension HTMLReportRenderer {
    /// The page's style: A4 with 10 mm margins (a printable width of 190 mm), the summary on the first
    /// page and the details from the second, tables of fixed column widths that fit the printable width,
    /// charts kept whole with their titles. On screen the page is as wide as the printed one.
    static let css = """
        @page { size: A4; margin: 10mm; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; color: #222; margin: 0; }
        @media screen { body { max-width: 190mm; margin: 1em auto; padding: 0 2mm; } }
        @media print { body { margin: 0; } .details { break-before: page; } }
        h1 { font-size: 16pt; margin: 0; } .op { margin: 0.2em 0 0.6em; font-size: 11pt; color: #444; }
        h2 { font-size: 12pt; margin: 1.2em 0 0.4em; break-after: avoid; }
        .cover { border-bottom: 2px solid #2a6; padding-bottom: 0.4em; }
        .cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0; }
        dt { font-weight: bold; } dd { margin: 0; min-width: 0; }
        code { font-size: 8pt; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; table-layout: fixed; }
        thead { display: table-header-group; } tr { break-inside: avoid; }
        th, td { border-bottom: 1px solid #ccc; padding: 2px 3px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { font-size: 8pt; vertical-align: bottom; overflow-wrap: normal; } td { font-size: 8.5pt; }
        th.group { text-align: center; border-bottom: 1px solid #888; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        td.n { white-space: nowrap; } td.id { white-space: nowrap; }
        .unit { color: #666; font-size: 7.5pt; font-weight: normal; }
        table.measures td.id { white-space: normal; }
        .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 6mm; }
        figure { margin: 0 0 3mm; break-inside: avoid; } figcaption { font-size: 8.5pt; font-weight: bold; break-after: avoid; }
        .legend, .note { font-size: 8pt; color: #444; margin: 0.3em 0; }
        .key { display: inline-block; width: 0.9em; height: 0.9em; margin: 0 0.3em 0 0.6em; vertical-align: -0.1em; }
        .legend .key:first-child { margin-left: 0; } td .key { margin-left: 0; }
        .key.achieved, .bar.achieved { background: #2a6; fill: #2a6; }
        .key.on_track, .bar.on_track { background: #7c7; fill: #7c7; }
        .key.at_risk, .bar.at_risk { background: #e9a93a; fill: #e9a93a; }
        .key.behind, .bar.behind { background: #d55; fill: #d55; }
        .key.not_achieved, .bar.not_achieved { background: #a33; fill: #a33; }
        .key.tick { width: 2px; height: 1.1em; background: #000; }
        .key.col, .col { background: #6b9bd1; fill: #6b9bd1; }
        .key.target { height: 0; border-top: 2px dashed #c33; vertical-align: 0.25em; width: 1.6em; }
        svg { display: block; } svg text { font-size: 11px; fill: #222; } svg .small { font-size: 9px; }
        .track { fill: #eee; } .tick { stroke: #000; stroke-width: 2; }
        line.gl { stroke: #ddd; } .axis { stroke: #777; } .target { stroke: #c33; stroke-dasharray: 4 3; stroke-width: 1.5; }

        """
}
