<#ftl output_format="plainText">
<#import "/mail/text/layout.ftl" as layout>
<@layout.email>
${layout.greeting()}

${msg("reminder.body", fmt.date(proposedOn), msg("common.dateTime", fmt.date(deadline), fmt.time(deadline), fmt.zone(deadline)))}

${msg("reminder.howToAnswer")}

${msg("proposal.answerLink", answerUrl)}
</@layout.email>
