import Foundation
import HuisKit

// The executable only hands the arguments to HuisKit and exits with its status.
AllocatorTuning.apply()
let status = HuisCommandLine.run(Array(CommandLine.arguments.dropFirst()), console: StandardConsole())
exit(status.rawValue)
