package io.promoplatform.engine.model;

/**
 * Ordinary least squares through the normal equations and a Cholesky factorisation. The designs here
 * have under fifty columns, so forming X'X is cheap and exact enough; a ridge of a billionth of the
 * largest diagonal entry keeps a column that is all zero in a training slice (a brand a fold lacks)
 * from making the system singular, and gives it a zero coefficient.
 */
final class LeastSquares {

    private final int p;
    private final double[] xtx;
    private final double[] xty;

    LeastSquares(int columns) {
        this.p = columns;
        this.xtx = new double[columns * columns];
        this.xty = new double[columns];
    }

    void add(double[] x, double y) {
        for (int i = 0; i < p; i++) {
            double xi = x[i];
            if (xi == 0) {
                continue;
            }
            xty[i] += xi * y;
            int row = i * p;
            for (int j = 0; j <= i; j++) {
                xtx[row + j] += xi * x[j];
            }
        }
    }

    double[] solve() {
        double[] a = new double[p * p];
        double maxDiag = 0;
        for (int i = 0; i < p; i++) {
            maxDiag = Math.max(maxDiag, xtx[i * p + i]);
        }
        double ridge = 1e-9 * maxDiag + 1e-12;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                a[i * p + j] = xtx[i * p + j] + (i == j ? ridge : 0);
            }
        }
        // In-place Cholesky: the lower triangle of a becomes L with A = L L'.
        for (int j = 0; j < p; j++) {
            double d = a[j * p + j];
            for (int k = 0; k < j; k++) {
                d -= a[j * p + k] * a[j * p + k];
            }
            if (d <= 0) {
                throw new IllegalStateException("least-squares design is not positive definite at column " + j);
            }
            double l = Math.sqrt(d);
            a[j * p + j] = l;
            for (int i = j + 1; i < p; i++) {
                double s = a[i * p + j];
                for (int k = 0; k < j; k++) {
                    s -= a[i * p + k] * a[j * p + k];
                }
                a[i * p + j] = s / l;
            }
        }
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double s = xty[i];
            for (int k = 0; k < i; k++) {
                s -= a[i * p + k] * z[k];
            }
            z[i] = s / a[i * p + i];
        }
        double[] beta = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < p; k++) {
                s -= a[k * p + i] * beta[k];
            }
            beta[i] = s / a[i * p + i];
        }
        return beta;
    }
}
