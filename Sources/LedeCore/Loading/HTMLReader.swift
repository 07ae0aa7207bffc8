import CLibXML2
import Foundation

/// Reads an HTML page with libxml2's HTML parser: metadata from `<title>`, meta tags and
/// JSON-LD; text from the article's blocks (paragraphs, headings, list items, quotes), without
/// navigation, scripts, styles, forms and asides.
///
/// The article text is the blocks' text, white space collapsed, joined by blank lines.
struct HTMLReader {
  let fields: MetadataFields

  private static let skipped: Set<String> = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
    "select", "svg", "iframe", "object", "figure", "menu", "dialog", "head", "title",
  ]
  private static let blocks: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article",
    "main", "td", "th", "dd", "dt", "table", "ul", "ol", "body",
  ]
  /// Meta tag names and properties that carry metadata, to the key `MetadataFields` reads.
  private static let metaKeys: [String: String] = [
    "og:title": "title", "twitter:title": "title", "dc.title": "title",
    "article:published_time": "date", "datepublished": "date", "date": "date", "pubdate": "date",
    "dc.date": "date", "dc.date.issued": "date", "publish-date": "date", "sailthru.date": "date",
    "author": "author", "article:author": "author", "dc.creator": "author", "byl": "author",
    "og:site_name": "source", "publisher": "source", "og:url": "url",
    "content-language": "language", "og:locale": "language",
  ]

  func read(_ source: String) throws -> ArticleDraft {
    var bytes = Array(source.utf8)
    bytes.append(0)
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue | XML_PARSE_HUGE.rawValue)
    let parsed = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        htmlReadMemory($0, Int32(buffer.count - 1), nil, "UTF-8", options)
      }
    }
    guard let document = parsed else { throw LedeError.noTextInHTML }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { throw LedeError.noTextInHTML }

    var pairs: [(String, String)] = []
    var pageTitle: String?
    collectMetadata(root, into: &pairs, title: &pageTitle)
    var metadata = ArticleMetadata()
    if let lang = Self.attribute(root, "lang"), let language = Language(code: lang) {
      metadata.language = language
    }
    var warnings: [String] = []
    for (key, value) in pairs where !value.isEmpty {
      var stored = ArticleMetadata()
      fields.store([value], forKey: key, in: &stored, warnings: &warnings)
      metadata.complete(with: stored)
    }

    let body = Self.firstElement(named: ["article"], in: root) ?? Self.firstElement(named: ["main"], in: root) ?? root
    var collector = BlockCollector()
    collector.walk(body)
    collector.finishBlock()
    guard !collector.blocks.isEmpty else { throw LedeError.noTextInHTML }

    var text = ""
    var headings: [ArticleDraft.Heading] = []
    var offset = 0
    for (index, block) in collector.blocks.enumerated() {
      if index > 0 {
        text += "\n\n"
        offset += 2
      }
      let length = block.text.unicodeScalars.count
      if let level = block.headingLevel {
        headings.append(.init(span: Span(start: offset, end: offset + length), level: level))
      }
      text += block.text
      offset += length
    }
    var draft = ArticleDraft(text: text)
    metadata.title = metadata.title ?? pageTitle
    draft.metadata = metadata
    draft.headings = headings
    draft.warnings = warnings
    return draft
  }

  private static let metadataContainers: Set<String> = ["head", "html", "body", "article", "header", "div", "main"]

  private func collectMetadata(_ node: xmlNodePtr, into pairs: inout [(String, String)], title: inout String?) {
    Self.walk(below: node) { current in
      guard current.pointee.type == XML_ELEMENT_NODE else { return false }
      switch Self.name(current) {
      case "title":
        if title == nil { title = Self.collapse(Self.textContent(current)) }
      case "meta":
        let key = (Self.attribute(current, "property") ?? Self.attribute(current, "name")
          ?? Self.attribute(current, "itemprop") ?? Self.attribute(current, "http-equiv"))?.lowercased()
        if let key, let mapped = Self.metaKeys[key], let content = Self.attribute(current, "content") {
          pairs.append((mapped, content))
        }
      case "time":
        if let value = Self.attribute(current, "datetime") { pairs.append(("date", value)) }
      case "script":
        if Self.attribute(current, "type")?.lowercased() == "application/ld+json" {
          pairs += Self.linkedData(Self.textContent(current))
        }
      case let name:
        return Self.metadataContainers.contains(name)
      }
      return false
    }
  }

  /// `headline`, `datePublished` and `author` from schema.org JSON-LD.
  static func linkedData(_ json: String) -> [(String, String)] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return [] }
    var pairs: [(String, String)] = []
    func visit(_ value: Any) {
      if let array = value as? [Any] {
        array.forEach(visit)
      } else if let dictionary = value as? [String: Any] {
        if let headline = dictionary["headline"] as? String { pairs.append(("title", headline)) }
        if let date = dictionary["datePublished"] as? String { pairs.append(("date", date)) }
        for author in [dictionary["author"]].compactMap({ $0 }) {
          for entry in (author as? [Any]) ?? [author] {
            if let name = (entry as? [String: Any])?["name"] as? String ?? entry as? String {
              pairs.append(("author", name))
            }
          }
        }
        if let graph = dictionary["@graph"] { visit(graph) }
      }
    }
    visit(object)
    return pairs
  }

  /// Gathers the text of block elements; inline elements continue the current block.
  private struct BlockCollector {
    struct Block {
      var text: String
      var headingLevel: Int?
    }
    var blocks: [Block] = []
    private var current = ""
    private var currentHeading: Int?

    mutating func walk(_ node: xmlNodePtr) {
      HTMLReader.walk(below: node, enter: { enter($0) }, leave: { left in
        if HTMLReader.blocks.contains(HTMLReader.name(left)) { finishBlock() }
      })
    }

    /// Takes a node's text, or starts a block; whether its children are to be read.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
      switch node.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content { current += String(cString: content) }
        return false
      case XML_ELEMENT_NODE:
        let name = HTMLReader.name(node)
        if HTMLReader.skipped.contains(name) { return false }
        if name == "br" {
          current += "\n"
          return false
        }
        if HTMLReader.blocks.contains(name) {
          finishBlock()
          if name.count == 2, name.first == "h", let level = Int(String(name.last!)) { currentHeading = level }
        }
        return true
      default:
        return false
      }
    }

    mutating func finishBlock() {
      let lines = current.split(separator: "\n").map { HTMLReader.collapse(String($0)) }.filter { !$0.isEmpty }
      if !lines.isEmpty { blocks.append(Block(text: lines.joined(separator: "\n"), headingLevel: currentHeading)) }
      current = ""
      currentHeading = nil
    }
  }

  static func name(_ node: xmlNodePtr) -> String {
    node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
  }

  static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
    guard let value = xmlGetProp(node, name) else { return nil }
    defer { lede_xml_free(value) }
    return String(cString: value)
  }

  static func textContent(_ node: xmlNodePtr) -> String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { lede_xml_free(content) }
    return String(cString: content)
  }

  static func firstElement(named names: Set<String>, in node: xmlNodePtr) -> xmlNodePtr? {
    var found: xmlNodePtr?
    walk(below: node) { current in
      guard found == nil, current.pointee.type == XML_ELEMENT_NODE else { return false }
      if names.contains(name(current)) { found = current }
      return found == nil
    }
    return found
  }

  /// Visits the nodes below `root` in document order without recursion — libxml2's nodes link
  /// to their parents and siblings — so that a page nested 100,000 deep cannot exhaust the
  /// stack. `enter` says whether to go into a node's children; `leave` runs after them, for
  /// every node entered.
  static func walk(below root: xmlNodePtr, enter: (xmlNodePtr) -> Bool, leave: (xmlNodePtr) -> Void = { _ in }) {
    var next = root.pointee.children
    while var node = next {
      if enter(node) {
        if let child = node.pointee.children {
          next = child
          continue
        }
        leave(node)
      }
      while node.pointee.next == nil {
        guard let parent = node.pointee.parent, parent != root else { return }
        leave(parent)
        node = parent
      }
      next = node.pointee.next
    }
  }

  /// Collapses runs of white space (including no-break spaces) to one space and trims.
  static func collapse(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }
}
