import Foundation

/// Numbers the distinct words of a text in the order they are first met, found by their UTF-8
/// bytes: open addressing on their FNV-1a hash, a word compared only where the hashes agree.
/// The tables that keep what is worked out once per distinct word (the entity tagger's scores,
/// the quote rules' word forms) ask it for every token; a `[String: Int]` would hash each
/// token with SipHash and Unicode normalisation, which cost more than the rest of the lookup.
/// Words are told apart by their bytes, so two spellings of one character are two words.
struct WordNumbers {
  /// A word's place in the table: its hash and its number (`-1`: an empty slot).
  private struct Slot {
    var hash: UInt64 = 0
    var number: Int32 = -1
  }

  private var slots = [Slot](repeating: Slot(), count: 64)
  /// The UTF-8 bytes of all the words, one after another, and where each starts (and, last,
  /// where the bytes end).
  private var bytes: [UInt8] = []
  private var starts: [Int] = [0]

  /// How many words have numbers.
  var count: Int { starts.count - 1 }

  /// The words in the order of their numbers.
  var words: [String] {
    (0..<count).map { String(decoding: bytes[starts[$0]..<starts[$0 + 1]], as: UTF8.self) }
  }

  /// The number of `word`, given the next one if it had none; `isNew` tells which.
  mutating func insert(_ word: String) -> (number: Int, isNew: Bool) {
    var word = word
    return word.withUTF8 { utf8 in
      let hash = Gazetteer.hash(bytes: utf8)
      let slot = place(of: utf8, hash: hash)
      if slots[slot].number >= 0 { return (Int(slots[slot].number), false) }
      let number = count
      slots[slot] = Slot(hash: hash, number: Int32(number))
      bytes.append(contentsOf: utf8)
      starts.append(bytes.count)
      if count * 2 > slots.count { grow() }
      return (number, true)
    }
  }

  /// The slot that holds the word of `utf8`, or the empty one where it would go.
  private func place(of utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot].number >= 0 {
      if slots[slot].hash == hash && isWord(Int(slots[slot].number), utf8) { return slot }
      slot = (slot + 1) & mask
    }
    return slot
  }

  /// Whether word `number` has the bytes `utf8`.
  private func isWord(_ number: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let (start, end) = (starts[number], starts[number + 1])
    guard end - start == utf8.count else { return false }
    // `memcmp`: a generic comparison of the two buffers costs about twice the lookup.
    return bytes.withUnsafeBufferPointer { stored in
      utf8.isEmpty || memcmp(stored.baseAddress! + start, utf8.baseAddress!, utf8.count) == 0
    }
  }

  /// Doubles the table, keeping it at most half full.
  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    let mask = slots.count - 1
    for entry in old where entry.number >= 0 {
      var slot = Int(truncatingIfNeeded: entry.hash) & mask
      while slots[slot].number >= 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
    }
  }
}
