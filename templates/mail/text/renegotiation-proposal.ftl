<#ftl output_format="plainText">
<#import "/mail/text/layout.ftl" as layout>
<@layout.email>
${layout.greeting()}

${msg("proposal.intro")}

${msg("proposal.scope")}:
${scope?replace("\r\n?", "\n", "r")?trim}

${msg("proposal.boundaries")}:
${boundaries?replace("\r\n?", "\n", "r")?trim}

${msg("proposal.channel")}: ${msg("channel." + communicationChannel)}
${msg("proposal.cadence")}: ${msg("cadence." + checkInCadence)}
${msg("proposal.fee")}: ${fmt.money(monthlyFee, currency)}

${msg("proposal.deadline", msg("common.dateTime", fmt.date(deadline), fmt.time(deadline), fmt.zone(deadline)))}

${msg("proposal.howToAnswer")}

${msg("proposal.answerLink", answerUrl)}
</@layout.email>
