namespace Masthead.Stories;

/// <summary>An L2-normalised sparse vector: term ids ascending, with their weights.</summary>
internal sealed record SparseVector(int[] Terms, float[] Weights)
{
    public static readonly SparseVector Empty = new([], []);

    public bool IsEmpty => Terms.Length == 0;

    /// <summary>Exact cosine of two normalised sparse vectors (merge of the ascending term lists).</summary>
    public double Cosine(SparseVector other)
    {
        var (terms, weights) = (other.Terms, other.Weights);
        double dot = 0;
        int i = 0, j = 0;
        while (i < Terms.Length && j < terms.Length)
        {
            if (Terms[i] == terms[j])
            {
                dot += Weights[i++] * weights[j++];
            }
            else if (Terms[i] < terms[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return dot;
    }
}
