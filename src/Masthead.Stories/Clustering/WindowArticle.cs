namespace Masthead.Stories;

/// <summary>An article inside the clustering window: its L2-normalised TF-IDF vector (term ids ascending) and its story.</summary>
internal sealed record WindowArticle(long Sequence, int[] Terms, float[] Weights, int Story, DateTimeOffset? Published)
{
    /// <summary>Exact cosine of two normalised sparse vectors (merge of the ascending term lists).</summary>
    public double Cosine(int[] terms, float[] weights)
    {
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
