package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the inbox query columns of V4 for tasks stored before it. The client id lives in the task's
 * variables (JSON) and the groups in a comma-separated column, neither of which SQL can split the
 * same way on H2 and PostgreSQL, hence Java.
 */
public class V5__BackfillInboxQueryColumns extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    ObjectMapper json = new ObjectMapper();
    var connection = context.getConnection();
    try (Statement select = connection.createStatement();
        ResultSet rows =
            select.executeQuery("select id, candidate_groups, variables_json from inbox_tasks");
        PreparedStatement setClient =
            connection.prepareStatement("update inbox_tasks set client_id = ? where id = ?");
        PreparedStatement addGroup =
            connection.prepareStatement(
                "insert into inbox_task_candidate_groups (task_id, group_name) values (?, ?)")) {
      while (rows.next()) {
        long id = rows.getLong("id");
        JsonNode clientId = json.readTree(rows.getString("variables_json")).path("clientId");
        if (clientId.canConvertToLong()) {
          setClient.setLong(1, clientId.asLong());
          setClient.setLong(2, id);
          setClient.addBatch();
        }
        Set<String> groups = new LinkedHashSet<>();
        for (String group : rows.getString("candidate_groups").split(",")) {
          if (!group.isBlank()) {
            groups.add(group.strip());
          }
        }
        for (String group : groups) {
          addGroup.setLong(1, id);
          addGroup.setString(2, group);
          addGroup.addBatch();
        }
      }
      setClient.executeBatch();
      addGroup.executeBatch();
    }
  }
}
