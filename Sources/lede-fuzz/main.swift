import CLibFuzzer
import LedeFuzzTargets

#if canImport(Glibc)
  import Glibc
#endif

// libFuzzer's driver over one of lede's fuzz targets, named by LEDE_FUZZ_TARGET (load, analyses,
// commands). Built and run by Scripts/fuzz with -sanitize=fuzzer,address.
guard let name = getenv("LEDE_FUZZ_TARGET").map({ String(cString: $0) }), let target = FuzzTarget(rawValue: name) else {
  print("lede-fuzz: set LEDE_FUZZ_TARGET to one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
  exit(64)
}
FuzzInput.target = target
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { testOneInput($0, $1) })
