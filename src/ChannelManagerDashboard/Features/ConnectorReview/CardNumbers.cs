using System.Text;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>Card numbers (PANs) in card data, cut to their last four digits before anything keeps them.</summary>
public static class CardNumbers
{
    public const string Hidden = "************";

    private const int Shortest = 13;
    private const int Longest = 19;

    /// <summary>
    /// The text with every card number in it as <see cref="Hidden"/> and its last four digits: 13 to 19 digits, single
    /// spaces or dashes between them allowed, that pass the Luhn check, also inside a longer run of digits (a number
    /// written next to its CVV or expiry).
    /// </summary>
    public static string Mask(string text)
    {
        StringBuilder? masked = null;
        var copied = 0;
        var digits = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }
            digits.Clear();
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                digits.Add(i++);
                if (i + 1 < text.Length && text[i] is ' ' or '-' && char.IsAsciiDigit(text[i + 1]))
                    i++;
            }
            var start = 0;
            while (digits.Count - start >= Shortest)
            {
                var length = Number(text, digits, start);
                if (length == 0)
                {
                    start++;
                    continue;
                }
                masked ??= new StringBuilder(text.Length);
                masked.Append(text, copied, digits[start] - copied).Append(Hidden);
                for (var d = start + length - 4; d < start + length; d++)
                    masked.Append(text[digits[d]]);
                copied = digits[start + length - 1] + 1;
                start += length;
            }
        }
        return masked is null ? text : masked.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>How many digits from <paramref name="start"/> form a card number, longest first; 0 when none do.</summary>
    private static int Number(string text, List<int> digits, int start)
    {
        for (var length = Math.Min(Longest, digits.Count - start); length >= Shortest; length--)
        {
            if (Luhn(text, digits, start, length))
                return length;
        }
        return 0;
    }

    private static bool Luhn(string text, List<int> digits, int start, int length)
    {
        var sum = 0;
        for (var k = 0; k < length; k++)
        {
            var digit = text[digits[start + length - 1 - k]] - '0';
            if (k % 2 == 1)
                digit = digit * 2 is var doubled && doubled > 9 ? doubled - 9 : doubled;
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
