// The GSL headers Yardstick uses, and accessors for the globals Swift 6 cannot touch directly.
#ifndef YARDSTICK_CGSL_SHIM_H
#define YARDSTICK_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_fit.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_roots.h>
#include <gsl/gsl_multimin.h>

/// Brent's bracketing root solver type (the global is not concurrency-safe in Swift 6).
static inline const gsl_root_fsolver_type *yardstick_root_fsolver_brent(void) {
    return gsl_root_fsolver_brent;
}

/// The Nelder–Mead simplex minimiser type, second version (the global is not concurrency-safe in Swift 6).
static inline const gsl_multimin_fminimizer_type *yardstick_multimin_nmsimplex2(void) {
    return gsl_multimin_fminimizer_nmsimplex2;
}

#endif
