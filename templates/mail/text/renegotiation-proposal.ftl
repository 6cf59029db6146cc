<#ftl output_format="plainText">
<#import "/mail/text/layout.ftl" as layout>
<@layout.email>
${msg("common.greeting", clientName)}

${msg("proposal.intro")}

${msg("proposal.scope")}: ${scope}
${msg("proposal.boundaries")}: ${boundaries}
${msg("proposal.channel")}: ${msg("channel." + communicationChannel)}
${msg("proposal.cadence")}: ${msg("cadence." + checkInCadence)}
${msg("proposal.fee")}: ${fmt.money(monthlyFee, currency)}

${msg("proposal.deadline", fmt.date(deadline))}

${msg("proposal.howToAnswer")}

${msg("proposal.answerLink", answerUrl)}
</@layout.email>
