import CGSL

/// A GSL call that returned a non-zero status: which function, GSL's code and its reason.
public struct GSLError: Error, Equatable, CustomStringConvertible, Sendable {
    /// GSL's status code (`GSL_EDOM`, `GSL_EINVAL`, …).
    public var status: Int32
    /// The C function that failed.
    public var function: String
    /// GSL's own text for the status.
    public var reason: String

    public var description: String { "\(function) failed: \(reason) (GSL status \(status))" }
}

/// Turns GSL's abort-on-error handler off, once per process, before the first call.
private let gslConfigured: Void = { _ = gsl_set_error_handler_off() }()

/// Makes sure GSL will report errors as status codes instead of aborting.
func configureGSL() { gslConfigured }

/// The one place every GSL status code is turned into a `GSLError` naming the function.
enum GSLCheck {
    static func run(_ function: String, _ call: () -> Int32) throws(GSLError) {
        configureGSL()
        let status = call()
        guard status == Int32(GSL_SUCCESS) else {
            throw GSLError(status: status, function: function, reason: String(cString: gsl_strerror(status)))
        }
    }
}
