/// How a hedge word bounds the stated number: "over" is `atLeast`, "almost" is `atMost`, "about" is `approx`.
public enum Bound: String, Sendable, CaseIterable, Codable {
    case exact
    case approx
    case atLeast = "at_least"
    case atMost = "at_most"
}
