/// One level of Liang's hyphenation patterns as a trie of letters: each node knows its first
/// child and next sibling, and the node a pattern's letters end at knows the pattern's values.
/// Built once from a pattern file (the German one has 69,000 compound patterns) into memory
/// that is written once and only read after, so that reading it costs a few milliseconds.
struct HyphenationTrie: Sendable {
  fileprivate struct Node {
    var letter: UInt32
    var firstChild: Int32 = -1
    var nextSibling: Int32 = -1
    /// Where the values of the pattern ending here begin (one more than its letters, so the
    /// node's depth tells their count); -1 for none.
    var pattern: Int32 = -1
  }

  /// The nodes and values, allocated for the most a file could need and filled by `Builder`;
  /// never changed once built.
  private final class Storage: @unchecked Sendable {
    let nodes: UnsafeMutablePointer<Node>
    let values: UnsafeMutablePointer<UInt8>
    var nodeCount = 1
    var valueCount = 0
    /// The root's children by letter, for letters below 256 (every pattern starts there).
    let rootChildren: UnsafeMutablePointer<Int32>

    init(capacity: Int) {
      nodes = .allocate(capacity: capacity + 1)
      values = .allocate(capacity: capacity + 1)
      rootChildren = .allocate(capacity: 256)
      nodes.initialize(to: Node(letter: 0))
      rootChildren.initialize(repeating: -1, count: 256)
    }

    deinit {
      nodes.deallocate()
      values.deallocate()
      rootChildren.deallocate()
    }

    /// The child of `node` for `letter`, if any.
    func child(of node: Int, _ letter: UInt32) -> Int? {
      if node == 0 && letter < 256 {
        let found = rootChildren[Int(letter)]
        return found >= 0 ? Int(found) : nil
      }
      var next = nodes[node].firstChild
      while next >= 0 {
        if nodes[Int(next)].letter == letter { return Int(next) }
        next = nodes[Int(next)].nextSibling
      }
      return nil
    }
  }

  private let storage: Storage

  var isEmpty: Bool { storage.valueCount == 0 }

  /// The child of `node` for `letter`, if any.
  func child(of node: Int, _ letter: UInt32) -> Int? { storage.child(of: node, letter) }

  /// The values of the pattern that ends at `node` (`depth` letters long), or nil.
  func values(at node: Int, depth: Int) -> UnsafeBufferPointer<UInt8>? {
    let start = storage.nodes[node].pattern
    guard start >= 0 else { return nil }
    return UnsafeBufferPointer(start: storage.values + Int(start), count: depth + 1)
  }

  /// Reads pattern lines into a trie.
  struct Builder {
    private let storage: Storage
    private let capacity: Int
    private let utf8: Bool
    /// The letters and nodes of the previous line (its first `pathLength` entries): pattern
    /// files are mostly sorted, so neighbours share long beginnings, which are followed
    /// without a search.
    private var path: [(letter: UInt32, node: Int32)] = []
    private var pathLength = 0

    /// A builder for the lines of `bytes` bytes of a file (each letter takes a byte at least,
    /// so there are no more nodes), in UTF-8 or else ISO 8859-1.
    init(bytes: Int, utf8: Bool) {
      storage = Storage(capacity: bytes)
      capacity = bytes
      self.utf8 = utf8
    }

    /// The trie; the builder is not used after.
    func build() -> HyphenationTrie { HyphenationTrie(storage: storage) }

    /// Adds one pattern line (`.ab3a4s`): its letters as a path, its digits as the values of
    /// the node the path ends at.
    mutating func add(line: UnsafeBufferPointer<UInt8>) {
      let values = storage.values
      let valueStart = storage.valueCount
      var valueEnd = valueStart
      values[valueEnd] = 0
      var node = 0
      var depth = 0
      var index = 0
      while index < line.count {
        let byte = line[index]
        index += 1
        if byte >= 0x30 && byte <= 0x39 {
          values[valueEnd] = byte - 0x30
          continue
        }
        if byte == 0x09 { continue }
        var letter = UInt32(byte)
        // A UTF-8 sequence: the lead byte's bits, then six from each continuation byte.
        if utf8 && byte >= 0xC0 {
          let extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
          letter = UInt32(byte) & (0x3F >> extra)
          for _ in 0..<extra where index < line.count {
            letter = letter << 6 | UInt32(line[index] & 0x3F)
            index += 1
          }
        }
        if depth < pathLength && path[depth].letter == letter {
          node = Int(path[depth].node)
        } else {
          node = childOrNew(of: node, letter)
          if depth < path.count { path[depth] = (letter, Int32(node)) } else { path.append((letter, Int32(node))) }
          pathLength = depth + 1
        }
        depth += 1
        valueEnd += 1
        values[valueEnd] = 0
      }
      pathLength = depth
      guard node != 0 else { return }
      storage.nodes[node].pattern = Int32(valueStart)
      storage.valueCount = valueEnd + 1
    }

    /// The child of `node` for `letter`, made if there is none.
    private func childOrNew(of node: Int, _ letter: UInt32) -> Int {
      if let found = storage.child(of: node, letter) { return found }
      let new = storage.nodeCount
      precondition(new <= capacity, "more letters than bytes")
      storage.nodes[new] = Node(letter: letter, nextSibling: storage.nodes[node].firstChild)
      storage.nodes[node].firstChild = Int32(new)
      if node == 0 && letter < 256 { storage.rootChildren[Int(letter)] = Int32(new) }
      storage.nodeCount += 1
      return new
    }
  }
}
