/** The floor: a plain program that prints the same JSON from a resource, ignoring arguments. */
public class Floor {
  public static void main(String[] args) throws Exception {
    try (var in = Floor.class.getClassLoader().getResourceAsStream("META-INF/metadata.json")) {
      in.transferTo(System.out);
    }
    System.out.flush();
  }
}
