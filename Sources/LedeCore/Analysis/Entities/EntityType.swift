/// The kinds of names `who` tells apart (the four classes of CoNLL-2003 and GermEval 2014).
public enum EntityType: String, Sendable, CaseIterable, Codable, Comparable {
  case person, organization, place, other

  /// The short tag training data uses (`PER`, `ORG`, `LOC`, `OTH`).
  public var tag: String {
    switch self {
    case .person: "PER"
    case .organization: "ORG"
    case .place: "LOC"
    case .other: "OTH"
    }
  }

  /// The type for a training-data tag; `MISC` is CoNLL's name for `OTH`.
  public init?(tag: String) {
    switch tag {
    case "PER": self = .person
    case "ORG": self = .organization
    case "LOC": self = .place
    case "OTH", "MISC": self = .other
    default: return nil
    }
  }

  public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// A BIO label: outside a name, or the beginning or inside of a name of one type.
public struct EntityLabel: Hashable, Sendable {
  public enum Position: Sendable { case begin, inside }
  /// Nil outside names.
  public let type: EntityType?
  public let position: Position

  public static let outside = EntityLabel(type: nil, position: .begin)

  /// Every label, in the order a model stores them: `O`, then `B-` and `I-` of each type.
  public static let all: [EntityLabel] = [.outside] + EntityType.allCases.flatMap {
    [EntityLabel(type: $0, position: .begin), EntityLabel(type: $0, position: .inside)]
  }

  /// The label's index in `all`.
  public var index: Int {
    guard let type else { return 0 }
    return 1 + 2 * EntityType.allCases.firstIndex(of: type)! + (position == .inside ? 1 : 0)
  }

  public init(type: EntityType?, position: Position) {
    self.type = type
    self.position = position
  }

  /// `O`, `B-PER`, `I-LOC`; nil for anything else.
  public init?(_ text: String) {
    if text == "O" {
      self = .outside
      return
    }
    let parts = text.split(separator: "-", maxSplits: 1)
    guard parts.count == 2, let type = EntityType(tag: String(parts[1])) else { return nil }
    switch parts[0] {
    case "B": self.init(type: type, position: .begin)
    case "I": self.init(type: type, position: .inside)
    default: return nil
    }
  }

  /// `O`, `B-PER`, `I-LOC`.
  public var text: String {
    guard let type else { return "O" }
    return (position == .begin ? "B-" : "I-") + type.tag
  }

  /// Whether this label may follow `previous` (an `I-` continues a name of its own type).
  public func mayFollow(_ previous: EntityLabel?) -> Bool {
    position == .begin || type == nil || previous?.type == type
  }
}
