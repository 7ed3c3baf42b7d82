using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Extractor.Extraction;

/// <summary>
/// Fits a model's weights by minimising its mean loss plus an L2 penalty with L-BFGS (MathNet.Numerics), from zero, so
/// that the same examples always give the same weights. The category model and the indicator ranker both fit so.
/// </summary>
internal static class PenalisedFit
{
    /// <param name="objective">For the weights: the loss summed over the rows, its gradient, and the number of rows.</param>
    public static double[] Minimize(int width, double l2, Func<double[], (double Loss, double[] Gradient, int Rows)> objective)
    {
        (double, Vector<double>) Objective(Vector<double> parameters)
        {
            var w = parameters.ToArray();
            var (loss, gradient, rows) = objective(w);
            var n = Math.Max(1, rows);
            var penalty = 0.0;
            for (var i = 0; i < w.Length; i++)
            {
                gradient[i] = (gradient[i] / n) + (l2 * w[i]);
                penalty += w[i] * w[i];
            }

            return ((loss / n) + (l2 / 2 * penalty), Vector<double>.Build.DenseOfArray(gradient));
        }

        var minimizer = new LimitedMemoryBfgsMinimizer(1e-6, 1e-9, 1e-9, 10, 1000);
        return minimizer.FindMinimum(ObjectiveFunction.Gradient(Objective), Vector<double>.Build.Dense(width)).MinimizingPoint.ToArray();
    }
}
