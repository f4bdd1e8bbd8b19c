using ModerationBot.Core.Analysis.Language;
using ModerationBot.Core.Analysis.Lexicons;

namespace ModerationBot.Core.Analysis.Wording;

/// <summary>Receives the hashed features of one comment, one call per occurrence, with the sentence it came from.</summary>
internal interface IWordingFeatureSink
{
    void Add(int bucket, int sentence);
}

/// <summary>
/// Hashed features for the wording nets (menace and removal): the tokenizer's lower-cased, folded words (leetspeak and letter runs already
/// undone) as unigrams and bigrams within a sentence, plus character 3–5-grams of each word with boundary marks, so
/// that inflections and compounds share most of their features ("hotar"/"hotade", "bilen"/"bilar"). Each feature is
/// an FNV-1a hash with a per-kind seed, finalised and masked into <see cref="Buckets"/> buckets. Links and @mentions
/// are skipped (the words around them still form a bigram), numbers are one feature. Then, per sentence, the lexicon
/// cues it carries and every pair of them ("second person" with "vehicle" and "misfortune"), so that wording the
/// net has not met still shares features with menace it has met when the lexicons know its words' kind.
/// Allocation-free and linear in the number of characters; the trainers in the CLI (<c>train-menace</c>,
/// <c>train-removal</c>) use exactly this code, so changing it (or the lexicons' cues) means retraining both.
/// </summary>
internal static class WordingFeaturizer
{
    public const int Bits = 18;
    public const int Buckets = 1 << Bits;
    private const int Mask = Buckets - 1;
    private const uint Prime = 16777619;
    private const uint WordSeed = 2166136261;
    private const uint GramSeed = 0x5bd1e995;
    private const uint BigramSeed = 0x27d4eb2f;
    private const uint CueSeed = 0x165667b1;
    private const uint CuePairSeed = 0x61c88647;
    private const char WordStart = '\u0002';
    private const char WordEnd = '\u0003';

    /// <summary>Feeds every feature of the comment to <paramref name="sink"/>; returns how many.</summary>
    public static int Visit<TSink>(TextContext context, ref TSink sink)
        where TSink : struct, IWordingFeatureSink
    {
        ArgumentNullException.ThrowIfNull(context);
        var count = VisitWords(context.Tokens, ref sink);
        for (var sentence = 0; sentence < context.SentenceCount; sentence++)
        {
            // Reports of danger to others have their own path (ConcernSignal); the net was trained without them and
            // reads "barnen" or "kontot" as the words they are.
            var cues = context.SentenceCues(sentence) & ~TextContext.Bit(Cue.Concern);
            for (var a = cues; a != UInt128.Zero; a &= a - UInt128.One)
            {
                var first = (uint)UInt128.TrailingZeroCount(a);
                sink.Add(Bucket((CueSeed ^ first) * Prime), sentence);
                count++;
                for (var b = a & (a - UInt128.One); b != UInt128.Zero; b &= b - UInt128.One)
                {
                    var second = (uint)UInt128.TrailingZeroCount(b);
                    sink.Add(Bucket((CuePairSeed ^ (first << 8) ^ second) * Prime), sentence);
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>A bucket of the full space in a smaller one of <paramref name="bits"/> bits: the finaliser has already mixed the low bits.</summary>
    public static int Fold(int bucket, int bits) => bucket & ((1 << bits) - 1);

    /// <summary>
    /// The sentence whose features weigh most under <paramref name="weights"/> (summed, unscaled; folded into the weights'
    /// size), as its first and last token: what a moderator is shown as the evidence of a finding from the wording.
    /// </summary>
    public static (int First, int Last) HeaviestSentence(TextContext context, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(weights);
        var sink = new SentenceSink(weights, new double[context.SentenceCount], weights.Length - 1);
        Visit(context, ref sink);
        var heaviest = 0;
        for (var s = 1; s < sink.Sums.Length; s++)
        {
            heaviest = sink.Sums[s] > sink.Sums[heaviest] ? s : heaviest;
        }

        var tokens = context.Tokens;
        var first = tokens.FindIndex(t => t.Sentence == heaviest);
        var last = tokens.FindLastIndex(t => t.Sentence == heaviest);
        return first < 0 ? (0, Math.Max(0, tokens.Count - 1)) : (first, last);
    }

    private static int VisitWords<TSink>(List<Token> tokens, ref TSink sink)
        where TSink : struct, IWordingFeatureSink
    {
        var count = 0;
        uint previous = 0;
        var previousSentence = -1;
        foreach (var token in tokens)
        {
            if (token.Has(TokenFlags.Url) || token.Has(TokenFlags.Mention))
            {
                continue;
            }

            var word = token.Has(TokenFlags.Number) ? "#" : token.Norm;
            var wordHash = Hash(WordSeed, word);
            sink.Add(Bucket(wordHash), token.Sentence);
            count++;
            if (previousSentence == token.Sentence)
            {
                sink.Add(Bucket((previous * 0x9E3779B1) ^ wordHash ^ BigramSeed), token.Sentence);
                count++;
            }

            previous = wordHash;
            previousSentence = token.Sentence;
            if (word.Length < 2)
            {
                continue;
            }

            var padded = word.Length + 2;
            for (var start = 0; start + 3 <= padded; start++)
            {
                var h = GramSeed;
                for (var i = start; i < start + 5 && i < padded; i++)
                {
                    h = (h ^ At(word, i)) * Prime;
                    if (i - start >= 2)
                    {
                        sink.Add(Bucket(h + (uint)(i - start)), token.Sentence);
                        count++;
                    }
                }
            }
        }

        return count;
    }

    private static char At(string word, int padded) =>
        padded == 0 ? WordStart : padded > word.Length ? WordEnd : word[padded - 1];

    private static uint Hash(uint seed, string text)
    {
        var h = seed;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    // murmur3's finaliser spreads FNV's low bits before masking.
    private static int Bucket(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return (int)(h & Mask);
    }

    private readonly struct SentenceSink(float[] weights, double[] sums, int mask) : IWordingFeatureSink
    {
        public double[] Sums { get; } = sums;

        public void Add(int bucket, int sentence) => Sums[sentence] += weights[bucket & mask];
    }
}
