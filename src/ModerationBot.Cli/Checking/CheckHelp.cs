namespace ModerationBot.Cli.Checking;

/// <summary>The help text of <c>check</c>: formats, limits and exit codes are part of its contract.</summary>
internal static class CheckHelp
{
    public const string Description =
        """
        Checks comments offline against the comment policy: personal data, sensitive data, rule breaches,
        threats and a recommended action for each comment.

        Input (UTF-8; FILE, or stdin when FILE is '-' or left out):
          jsonl  one JSON object per line with string "id" and "text"; other fields are ignored (.jsonl, .ndjson)
          csv    a header naming "id" and "text" columns in any order, comma or semicolon separated; quoted
                 fields may contain separators, quotes and line breaks (.csv)
          text   one comment per line; its id is the line number (.txt)
          Other files and stdin are recognised from the first non-empty line: '{' means jsonl, a header with
          id and text means csv, anything else text. Blank lines are skipped.
        Limit: comments over 100,000 characters are skipped and reported.

        Output (stdout, --format):
          text   a report for a person (with the notes); comment text appears only as a redacted excerpt
          jsonl  one object per comment, in input order: id, language, action, rules, threat, personalData,
                 sensitiveData, redacted, notes (type, start, end; e.g. invalid_identity_number;
                 possible_veiled_threat when the menace net sent a comment the rules would answer to
                 review; threat_by_wording when the threat rests on the net's reading of the wording, on
                 the sentence that weighs most; threat_doubted_by_wording when the rules' threat was not
                 escalated because the wording weighs against menace: review, or remove when another
                 removal ground applies; reported_concern when a report of danger to others, such as
                 children filmed, a fake account or a threat retold, went to review, on its sentence;
                 removal_by_wording when the removal ground rests on the removal net's reading of the
                 wording, on the sentence that weighs most);
                 start/end are UTF-16 offsets into the text, end exclusive
          json   the same objects as one array

        Bad input (unreadable line, missing id or text, over-long comment, empty input, missing file) is
        reported on stderr with its line number, never its text; all other comments are still checked.
        Exit codes: 0 all comments checked, 2 bad input, 1 other failure.
        """;
}
