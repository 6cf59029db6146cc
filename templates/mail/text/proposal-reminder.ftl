<#ftl output_format="plainText">
<#import "/mail/text/layout.ftl" as layout>
<@layout.email>
${msg("common.greeting", clientName)}

${msg("reminder.body", fmt.date(proposedOn), fmt.date(deadline))}

${msg("reminder.howToAnswer")}

${msg("proposal.answerLink", answerUrl)}
</@layout.email>
