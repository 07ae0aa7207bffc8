import LedeFuzzTargets

/// The target libFuzzer's C callback runs (it cannot capture one); set once, before fuzzing starts.
enum FuzzInput {
  nonisolated(unsafe) static var target = FuzzTarget.load
}

/// libFuzzer's entry point: one input for the chosen target. (libFuzzer's own main, which
/// looks it up by this name, is linked in too and needs it.)
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  FuzzInput.target.run(Array(UnsafeBufferPointer(start: data, count: count)))
  return 0
}
