namespace ModerationBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The Playground's configuration file, read from its working directory: its built-in one, except that the user's
/// Entra object ids are well-formed GUIDs (the built-in ones have a digit too many), so the bot can be configured to
/// route harassment reports to this user, as the HR contact.
/// </summary>
internal static class PlaygroundConfiguration
{
    public const string FileName = ".m365agentsplayground.yml";

    /// <summary>The Playground user's Entra object id.</summary>
    public const string UserAadObjectId = "00000000-0000-0000-0000-000000000020";

    public static string Yaml(string personalConversationId) => $"""
        version: "0.1.1"
        tenantId: 00000000-0000-0000-0000-000000000001
        bot:
          id: 00000000-0000-0000-0000-000000000011
          name: Test Bot
        currentUser:
          id: user-id-0
          name: Alex Wilber
          userPrincipleName: alexw@example.com
          aadObjectId: {UserAadObjectId}
          givenName: Alex
          surname: Wilber
          email: alexw@example.com
        users:
          - id: user-id-1
            name: Megan Bowen
            userPrincipleName: meganb@example.com
            aadObjectId: 00000000-0000-0000-0000-000000000021
            givenName: Megan
            surname: Bowen
            email: meganb@example.com
          - id: user-id-2
            name: Adele Vance
            userPrincipleName: adelev@example.com
            aadObjectId: 00000000-0000-0000-0000-000000000022
            givenName: Adele
            surname: Vance
            email: adelev@example.com
          - id: user-id-3
            name: Isaiah Langer
            userPrincipleName: isaiahl@example.com
            aadObjectId: 00000000-0000-0000-0000-000000000023
            givenName: Isaiah
            surname: Langer
            email: isaiahl@example.com
          - id: user-id-4
            name: Patti Fernandez
            userPrincipleName: pattif@example.com
            aadObjectId: 00000000-0000-0000-0000-000000000024
            givenName: Patti
            surname: Fernandez
            email: pattif@example.com
          - id: user-id-5
            name: Lynne Robbins
            userPrincipleName: lynner@example.com
            aadObjectId: 00000000-0000-0000-0000-000000000025
            givenName: Lynne
            surname: Robbins
            email: lynner@example.com
        personalChat:
          id: {personalConversationId}
        groupChat:
          id: group-chat-id
          name: Group Chat
        team:
          id: team-id
          name: My Team
          aadGroupId: 00000000-0000-0000-0000-000000000031
          channels:
            - id: channel-announcements-id
              name: Announcements

        """;
}
