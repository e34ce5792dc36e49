package no.mentorkit.library.internal.service.importer;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown bodies as plain text for the index, and as simple blocks (heading, paragraph, list item) for the UI,
 * which renders them with text nodes only: no HTML from a resource ever reaches the page as markup.
 */
public final class MarkdownText {

    /** One block of a document: {@code type} is h2, h3, p or li. */
    public record Block(String type, String text) {
    }

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownText() {
    }

    public static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        PARSER.parse(markdown == null ? "" : markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                blocks.add(new Block(heading.getLevel() <= 2 ? "h2" : "h3", text(heading)));
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (paragraph.getParent() instanceof ListItem) {
                    return; // the list item carries it
                }
                blocks.add(new Block("p", text(paragraph)));
            }

            @Override
            public void visit(ListItem item) {
                blocks.add(new Block("li", text(item)));
                // nested lists are rare in the corpus; their items are read as part of this one
            }

            @Override
            public void visit(BulletList list) {
                visitChildren(list);
            }

            @Override
            public void visit(OrderedList list) {
                visitChildren(list);
            }
        });
        blocks.removeIf(b -> b.text().isBlank());
        return blocks;
    }

    /** The body as plain text, blocks separated by blank lines. */
    public static String plain(String markdown) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks(markdown)) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString();
    }

    private static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak br) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak br) {
                sb.append(' ');
            }

            @Override
            public void visit(Paragraph p) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                visitChildren(p);
            }
        });
        return sb.toString().strip();
    }
}
