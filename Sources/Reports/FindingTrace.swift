import Analysis
import Claims
import Foundation

/// A finding's claims, reference rows and intervals in plain words, one entry each, for the CSV cells and the text
/// report: a claim by document, span, words and sentence; a reference row by source, period, value, bound, basis and URL.
enum FindingTrace {
    /// What joins the entries of one CSV cell: sentences hold commas and semicolons, almost never this.
    static let separator = " || "

    /// "d11.txt [902–905] “30%” (2023, exact, standard basis) in: According to … reached $31.5 billion."
    static func claim(_ e: Evidence) -> String {
        var out: [UInt8] = []
        appendClaim(e, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `claim(e)` appended to `out` as UTF-8, written straight into the array's spare room (`FixedBytes`): a large
    /// store's CSV has hundreds of thousands of these, and appending each piece to the array cost more than writing it.
    static func appendClaim(_ e: Evidence, to out: inout [UInt8]) {
        let carried = e.settled.flatMap { $0.isStated ? nil : $0.carried.joined(separator: " and ") }
        let room = e.doc.utf8.count + e.quote.utf8.count + (e.sentence?.utf8.count ?? 0) + basis(e).utf8.count
            + (carried?.utf8.count ?? 0) + 160
        FixedBytes.append(to: &out, room: room) { w in
            w.write(text: e.doc)
            if let span = e.span {
                w.write(" [")
                w.write(decimal: span.start, digits: 1)
                w.write("–")
                w.write(decimal: span.end, digits: 1)
                w.write(byte: 0x5D)
            }
            w.write(" “")
            w.write(text: e.quote)
            w.write("” (")
            if let p = e.period {
                p.write(to: &w)
                w.write(", ")
            }
            w.write(text: e.bound.rawValue)
            w.write(", ")
            w.write(text: basis(e))
            w.write(" basis)")
            if let carried {
                w.write(" carried its ")
                w.write(text: carried)
                w.write(" from context")
            }
            if let sentence = e.sentence {
                w.write(" in: ")
                w.write(text: sentence)
            }
        }
    }

    /// "KZ Ministry of Transport: 2023 = 2764000 t (exact, standard basis) https://…"
    static func reference(_ e: Evidence) -> String {
        var out: [UInt8] = []
        appendReference(e, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `reference(e)` appended to `out` as UTF-8.
    static func appendReference(_ e: Evidence, to out: inout [UInt8]) {
        out.append(utf8: e.doc)
        out.append(utf8: ": ")
        if let p = e.period { p.write(to: &out) } else { out.append(0x3F) }
        out.append(utf8: " = ")
        out.append(utf8: JSONText.number(e.value))
        if let unit = e.unit {
            out.append(0x20)
            out.append(utf8: unit.rawValue)
        }
        out.append(utf8: " (")
        out.append(utf8: e.bound.rawValue)
        out.append(utf8: ", ")
        out.append(utf8: basis(e))
        out.append(utf8: " basis)")
        if let url = e.url, !url.isEmpty {
            out.append(0x20)
            out.append(utf8: url)
        }
    }

    /// The basis by name: "standard" for the usual one.
    static func basis(_ e: Evidence) -> String { e.basis ?? ReferenceValue.standardBasis }

    /// The claims among a finding's `evidence` in one cell, appended to `out` (`Finding.claims`).
    static func appendClaims(_ evidence: [Evidence], to out: inout [UInt8]) {
        appendJoined(evidence.lazy.filter { !$0.isReference }, appendClaim, to: &out)
    }

    /// The reference rows among a finding's `evidence` in one cell, appended to `out` (`Finding.referenceRows`).
    static func appendReferences(_ evidence: [Evidence], to out: inout [UInt8]) {
        appendJoined(evidence.lazy.filter(\.isReference), appendReference, to: &out)
    }

    /// Each entry written by `entry`, `separator` between them.
    private static func appendJoined(_ entries: some Sequence<Evidence>, _ entry: (Evidence, inout [UInt8]) -> Void,
                                     to out: inout [UInt8]) {
        var first = true
        for e in entries {
            if !first { out += separator.utf8 }
            first = false
            entry(e, &out)
        }
    }

    /// An interval for a reader, open ends written as such: "[2.738 mn t, 2.817 mn t]", "[at least 2.76 mn t]".
    static func interval(_ low: Double?, _ high: Double?, _ unit: Claims.Unit) -> String {
        switch (low, high) {
        case (let l?, let h?): "[\(amount(l, unit)), \(amount(h, unit))]"
        case (let l?, nil): "[at least \(amount(l, unit))]"
        case (nil, let h?): "[at most \(amount(h, unit))]"
        case (nil, nil): "[open]"
        }
    }

    /// Four significant digits with a scale word, so that an interval's two ends can be told apart: "31.15 bn USD",
    /// "586.5 k t", "86.13%".
    static func amount(_ v: Double, _ unit: Claims.Unit) -> String {
        guard v.isFinite else { return "–" }
        let a = abs(v)
        let (d, w): (Double, String) = a >= 1e12 ? (1e12, " tn") : a >= 1e9 ? (1e9, " bn") : a >= 1e6 ? (1e6, " mn")
            : a >= 1e4 ? (1e3, " k") : (1, "")
        let n = String(format: "%.4g", v / d) + w
        return unit == .percent ? n + "%" : n + " " + unit.rawValue
    }

    /// "verdict: conflict; expected [24.1 bn USD, 24.36 bn USD]; stated 31.2 bn USD [31.15 bn USD, 31.25 bn USD]; rule …".
    static func summary(_ f: Finding) -> String {
        "verdict: \(f.verdictWords); expected \(interval(f.expectedLow, f.expectedHigh, f.unit)); "
            + "stated \(amount(f.stated, f.unit)) \(interval(f.statedLow, f.statedHigh, f.unit))"
            + (f.rule.isEmpty ? "" : "; rule \(f.rule)")
    }
}
