package org.dyad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.DictionaryActorResolver;
import org.dyad.coding.DependencyEventCoder;
import org.dyad.core.actor.ResolvedDocument;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.nlp.Conllu;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.pipeline.ingest.SimHash;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each benchmark handles the 40 parsed articles of {@link Corpus} once per operation: multiply
 * operations per second by their sentence count (printed at setup) for sentences per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class StageBenchmarks {
  private DictionaryActorResolver resolver;
  private DependencyEventCoder coder;
  private List<ParsedDocument> parsed;
  private List<ResolvedDocument> resolved;
  private List<String> conllu;
  private List<String> texts;

  @Setup
  public void setUp() {
    resolver = new DictionaryActorResolver(ActorDictionary.bundled());
    coder = DependencyEventCoder.bundled();
    parsed = Corpus.parsed();
    resolved = new ArrayList<>();
    conllu = new ArrayList<>();
    texts = new ArrayList<>();
    int sentences = 0;
    for (ParsedDocument d : parsed) {
      resolved.add(resolver.resolve(d));
      texts.add(d.article().title() + "\n" + d.article().text());
      for (ParsedSentence s : d.sentences()) {
        conllu.add(Conllu.write(s));
        sentences++;
      }
    }
    System.out.println("StageBenchmarks: one operation is " + sentences + " sentences");
  }

  @Benchmark
  public void actorResolution(Blackhole bh) {
    for (ParsedDocument d : parsed) {
      bh.consume(resolver.resolve(d));
    }
  }

  @Benchmark
  public void eventCoding(Blackhole bh) {
    for (ResolvedDocument d : resolved) {
      List<CodedEvent> events = coder.code(d);
      bh.consume(events);
    }
  }

  /** The cheap test that decides whether a sentence is parsed. */
  @Benchmark
  public void triggerTest(Blackhole bh) {
    for (ParsedDocument d : parsed) {
      for (ParsedSentence s : d.sentences()) {
        bh.consume(coder.mayYieldEvent(s));
      }
    }
  }

  @Benchmark
  public void conlluWrite(Blackhole bh) {
    for (ParsedDocument d : parsed) {
      for (ParsedSentence s : d.sentences()) {
        bh.consume(Conllu.write(s));
      }
    }
  }

  @Benchmark
  public void conlluRead(Blackhole bh) {
    for (String c : conllu) {
      bh.consume(Conllu.read(c));
    }
  }

  @Benchmark
  public void simHash(Blackhole bh) {
    for (String t : texts) {
      bh.consume(SimHash.of(t));
    }
  }
}
